package io.jfio.engine.output.log;

import io.jfio.model.log.FioHistogramBins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One job's logging options, as fio names them. A {@code null} prefix turns that log off. Immutable; any thread.
 *
 * @param latLogPrefix       {@code write_lat_log}: lat, clat and slat logs
 * @param bwLogPrefix        {@code write_bw_log}
 * @param iopsLogPrefix      {@code write_iops_log}
 * @param histLogPrefix      {@code write_hist_log} (the file stays empty unless {@code logHistMillis} &gt; 0, as in fio)
 * @param logAvgMillis       {@code log_avg_msec}: 0 logs every I/O, N &gt; 0 one line per direction per N ms window
 * @param logHistMillis      {@code log_hist_msec}
 * @param logHistCoarseness  {@code log_hist_coarseness} 0..6
 * @param windowValue        {@code log_max_value} / {@code log_window_value}
 * @param logOffset          {@code log_offset}: adds the offset column
 * @param logPrio            {@code log_prio}: the prio column holds the ioprio value in hex
 * @param perJobLogs         {@code per_job_logs}
 * @param storeCompressed    {@code log_store_compressed}: zlib-compressed {@code .fz} files
 * @param directory          where relative prefixes go: the working directory (fio ignores {@code directory=})
 */
public record FioLogOptions(String latLogPrefix, String bwLogPrefix, String iopsLogPrefix, String histLogPrefix,
                            long logAvgMillis, long logHistMillis, int logHistCoarseness, WindowValue windowValue,
                            boolean logOffset, boolean logPrio, boolean perJobLogs, boolean storeCompressed,
                            Path directory) {

    public FioLogOptions {
        Objects.requireNonNull(windowValue, "windowValue");
        Objects.requireNonNull(directory, "directory");
        if (logAvgMillis < 0 || logHistMillis < 0) {
            throw new IllegalArgumentException("log_avg_msec and log_hist_msec must not be negative");
        }
        FioHistogramBins.binCount(logHistCoarseness);
    }

    /** No logs; fio's defaults for the rest, in the working directory. */
    public static FioLogOptions none() {
        return new FioLogOptions(null, null, null, null, 0, 0, 0, WindowValue.AVG, false, false, true, false,
                Path.of(""));
    }

    /** A copy with {@code write_lat_log=prefix}. */
    public FioLogOptions withLatLog(String prefix) {
        return new FioLogOptions(prefix, bwLogPrefix, iopsLogPrefix, histLogPrefix, logAvgMillis, logHistMillis,
                logHistCoarseness, windowValue, logOffset, logPrio, perJobLogs, storeCompressed, directory);
    }

    /** A copy with {@code write_bw_log=prefix}. */
    public FioLogOptions withBwLog(String prefix) {
        return new FioLogOptions(latLogPrefix, prefix, iopsLogPrefix, histLogPrefix, logAvgMillis, logHistMillis,
                logHistCoarseness, windowValue, logOffset, logPrio, perJobLogs, storeCompressed, directory);
    }

    /** A copy with {@code write_iops_log=prefix}. */
    public FioLogOptions withIopsLog(String prefix) {
        return new FioLogOptions(latLogPrefix, bwLogPrefix, prefix, histLogPrefix, logAvgMillis, logHistMillis,
                logHistCoarseness, windowValue, logOffset, logPrio, perJobLogs, storeCompressed, directory);
    }

    /** A copy with {@code write_hist_log=prefix}, {@code log_hist_msec} and {@code log_hist_coarseness}. */
    public FioLogOptions withHistLog(String prefix, long histMillis, int coarseness) {
        return new FioLogOptions(latLogPrefix, bwLogPrefix, iopsLogPrefix, prefix, logAvgMillis, histMillis,
                coarseness, windowValue, logOffset, logPrio, perJobLogs, storeCompressed, directory);
    }

    /** A copy with {@code log_avg_msec} and the window value. */
    public FioLogOptions withWindows(long avgMillis, WindowValue value) {
        return new FioLogOptions(latLogPrefix, bwLogPrefix, iopsLogPrefix, histLogPrefix, avgMillis, logHistMillis,
                logHistCoarseness, value, logOffset, logPrio, perJobLogs, storeCompressed, directory);
    }

    /** A copy with the column and file options. */
    public FioLogOptions withFormat(boolean offset, boolean prio, boolean perJob, boolean compressed, Path dir) {
        return new FioLogOptions(latLogPrefix, bwLogPrefix, iopsLogPrefix, histLogPrefix, logAvgMillis, logHistMillis,
                logHistCoarseness, windowValue, offset, prio, perJob, compressed, dir);
    }

    /** The logs these options ask for. */
    public Set<FioLogType> types() {
        Set<FioLogType> out = EnumSet.noneOf(FioLogType.class);
        if (latLogPrefix != null) {
            out.addAll(List.of(FioLogType.LAT, FioLogType.CLAT, FioLogType.SLAT));
        }
        if (bwLogPrefix != null) {
            out.add(FioLogType.BW);
        }
        if (iopsLogPrefix != null) {
            out.add(FioLogType.IOPS);
        }
        if (histLogPrefix != null) {
            out.add(FioLogType.CLAT_HIST);
        }
        return out;
    }

    /** The prefix of {@code type}'s log, or {@code null}. */
    public String prefix(FioLogType type) {
        return switch (type) {
            case LAT, CLAT, SLAT -> latLogPrefix;
            case BW -> bwLogPrefix;
            case IOPS -> iopsLogPrefix;
            case CLAT_HIST -> histLogPrefix;
        };
    }

    /** True if any log is on. */
    public boolean anyLog() {
        return !types().isEmpty();
    }

    /** True if lat/bw/iops logs get a line per I/O (log_avg_msec=0). */
    public boolean perIoLogging() {
        return logAvgMillis == 0 && (latLogPrefix != null || bwLogPrefix != null || iopsLogPrefix != null);
    }

    /** True if the histogram log gets lines (write_hist_log with log_hist_msec &gt; 0). */
    public boolean histogramLogging() {
        return histLogPrefix != null && logHistMillis > 0;
    }

    /** True if the logs need the sampler's windows. */
    public boolean windowedLogging() {
        return (logAvgMillis > 0 && (latLogPrefix != null || bwLogPrefix != null || iopsLogPrefix != null))
                || histogramLogging();
    }

    /** The window periods the sampler must divide (for {@link io.jfio.engine.sample.SamplePeriods}). */
    public long[] windowPeriodsMillis() {
        List<Long> out = new ArrayList<>();
        if (logAvgMillis > 0 && (latLogPrefix != null || bwLogPrefix != null || iopsLogPrefix != null)) {
            out.add(logAvgMillis);
        }
        if (histogramLogging()) {
            out.add(logHistMillis);
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }
}
