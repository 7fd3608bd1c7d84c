package io.jfio.engine.output.log;

import io.jfio.engine.sample.JobSampler;
import io.jfio.engine.sample.SampleChannel;
import io.jfio.engine.sample.WindowAggregator;
import io.jfio.model.log.FioHistogramBins;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.FioHistogramCounts;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.LatencySummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One job's log files and their feeds: per-I/O records from an {@link IoLogRing} ({@code log_avg_msec=0})
 * and closed windows from a {@link SampleChannel}, joined into {@code log_avg_msec} and
 * {@code log_hist_msec} windows by {@link WindowAggregator}s. Not thread-safe: the log writer's thread
 * while it runs, then the thread that closes the writer.
 */
final class JobLogs {

    private static final long NANOS_PER_MILLI = 1_000_000L;
    // fio's per-I/O bw value: bytes * 10^6 / clat in ns, truncated
    private static final long PER_IO_BW_SCALE = 1_000_000L;

    private final JobSampler sampler;
    private final FioLogOptions options;
    private final Map<FioLogType, LogSink> sinks;
    private final IoLogRing ring;
    private final SampleChannel channel;
    private final WindowAggregator logWindows;
    private final WindowAggregator histWindows;
    private final IoLogRing.Handler perIoHandler = this::writePerIo;
    private final Consumer<IntervalSample> windowHandler = this::acceptWindow;
    private final Consumer<IntervalSample> logLineWriter = this::writeWindowLines;
    private final Consumer<IntervalSample> histLineWriter = this::writeHistogramLines;
    // the per-I/O sinks looked up once (null when off), and the columns their lines share
    private final LogSink latSink;
    private final LogSink clatSink;
    private final LogSink slatSink;
    private final LogSink bwSink;
    private final LogSink iopsSink;
    private final PerIoColumns perIoColumns;
    private IOException failure;
    private boolean closed;

    JobLogs(JobSampler sampler, FioLogOptions options, Map<FioLogType, LogSink> sinks, IoLogRing ring,
            SampleChannel channel) {
        this.sampler = sampler;
        this.options = options;
        this.sinks = new EnumMap<>(sinks);
        this.ring = ring;
        this.channel = channel;
        boolean windowedValues = options.logAvgMillis() > 0 && (sinks.containsKey(FioLogType.LAT)
                || sinks.containsKey(FioLogType.BW) || sinks.containsKey(FioLogType.IOPS));
        this.logWindows = windowedValues ? new WindowAggregator(options.logAvgMillis()) : null;
        this.histWindows = options.histogramLogging() ? new WindowAggregator(options.logHistMillis()) : null;
        this.latSink = sinks.get(FioLogType.LAT);
        this.clatSink = sinks.get(FioLogType.CLAT);
        this.slatSink = sinks.get(FioLogType.SLAT);
        this.bwSink = sinks.get(FioLogType.BW);
        this.iopsSink = sinks.get(FioLogType.IOPS);
        this.perIoColumns = new PerIoColumns(options.logOffset(), options.logPrio());
    }

    IoLogRing ring() {
        return ring;
    }

    SampleChannel channel() {
        return channel;
    }

    /** The first write error, or {@code null}. */
    IOException failure() {
        return failure;
    }

    /** Writes up to {@code limit} records and windows; returns how many were taken. */
    int pump(int limit) {
        if (closed || failure != null) {
            return 0;
        }
        int n = 0;
        try {
            if (ring != null) {
                n += ring.drain(perIoHandler, limit);
            }
            if (channel != null) {
                n += channel.drain(windowHandler, limit);
            }
        } catch (UncheckedIOException e) {
            fail(e.getCause());
        }
        return n;
    }

    /** Drains everything left, emits held windows, closes the files. Idempotent. */
    void finish() {
        if (closed) {
            return;
        }
        // each pass takes what is there when it starts; two passes, so a job that is still running (its
        // sampler not finished) cannot keep this loop going
        for (int pass = 0; pass < 2 && failure == null && pump(Integer.MAX_VALUE) > 0; pass++) {
            // drained
        }
        try {
            if (failure == null) {
                if (logWindows != null) {
                    logWindows.flush(logLineWriter);
                }
                if (histWindows != null) {
                    histWindows.flush(histLineWriter);
                }
            }
        } catch (UncheckedIOException e) {
            fail(e.getCause());
        }
        closed = true;
        for (LogSink sink : sinks.values()) {
            try {
                sink.close();
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    /** Pushes buffered lines to the files. */
    void flush() {
        for (LogSink sink : sinks.values()) {
            try {
                sink.flush();
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    private void fail(IOException e) {
        if (failure == null) {
            failure = e;
            if (ring != null) {
                ring.detachConsumer(); // nothing drains this job's ring any more
            }
        }
    }

    private long millisSinceStart(long nanos) {
        long rel = nanos - sampler.anchorNanos();
        return rel <= 0 ? 0 : rel / NANOS_PER_MILLI;
    }

    private void writePerIo(boolean submission, int ddir, int prio, long timeNanos, long value, long latNanos,
                            long offset, long bytes) {
        try {
            perIoColumns.set(millisSinceStart(timeNanos), ddir, bytes, offset, prio);
            if (submission) {
                writePerIo(slatSink, value);
                return;
            }
            writePerIo(latSink, latNanos);
            writePerIo(clatSink, value);
            writePerIo(bwSink, bytes * PER_IO_BW_SCALE / Math.max(1, value));
            writePerIo(iopsSink, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writePerIo(LogSink sink, long value) throws IOException {
        if (sink != null) {
            sink.entry(perIoColumns, value);
        }
    }

    private void write(FioLogType type, long t, long value, long max, int ddir, long bs, long offset, int prio)
            throws IOException {
        LogSink sink = sinks.get(type);
        if (sink != null) {
            sink.entry(t, value, max, ddir, bs, offset, prio);
        }
    }

    private void acceptWindow(IntervalSample window) {
        if (logWindows != null) {
            logWindows.accept(window, logLineWriter);
        }
        if (histWindows != null) {
            histWindows.accept(window, histLineWriter);
        }
    }

    private void writeWindowLines(IntervalSample window) {
        try {
            long t = window.endMillis();
            for (DirectionWindow d : window.directions()) {
                if (!d.hasIo()) {
                    continue; // as fio: a direction without I/O in a window gets no line
                }
                int ddir = d.direction().fioCode();
                latencyLine(FioLogType.LAT, t, d.lat(), ddir);
                latencyLine(FioLogType.CLAT, t, d.clat(), ddir);
                latencyLine(FioLogType.SLAT, t, d.slat(), ddir);
                rateLine(FioLogType.BW, t, d.bandwidthKiBps(), ddir);
                rateLine(FioLogType.IOPS, t, d.iops(), ddir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void latencyLine(FioLogType type, long t, LatencySummary s, int ddir) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        long mean = Math.round(s.meanNanos());
        switch (options.windowValue()) {
            case AVG -> write(type, t, mean, -1, ddir, 0, 0, 0);
            case MAX -> write(type, t, s.maxNanos(), -1, ddir, 0, 0, 0);
            case BOTH -> write(type, t, mean, s.maxNanos(), ddir, 0, 0, 0);
        }
    }

    private void rateLine(FioLogType type, long t, double rate, int ddir) throws IOException {
        long value = (long) (rate + 1e-6); // fio truncates its integer rates
        write(type, t, value, options.windowValue() == WindowValue.BOTH ? value : -1, ddir, 0, 0, 0);
    }

    private void writeHistogramLines(IntervalSample window) {
        LogSink sink = sinks.get(FioLogType.CLAT_HIST);
        if (sink == null) {
            return;
        }
        try {
            long t = window.endMillis();
            for (DirectionWindow d : window.directions()) {
                FioHistogramCounts counts = d.fioHistogram();
                if (d.hasIo() && counts != null) {
                    sink.histogram(t, d.direction().fioCode(), d.lastBlockSizeBytes(),
                            FioHistogramBins.coarsen(counts.toArray(), options.logHistCoarseness()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
