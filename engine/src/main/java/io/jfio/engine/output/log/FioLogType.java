package io.jfio.engine.output.log;

import java.nio.file.Path;

/**
 * The kinds of fio log and their file names. With prefix P, job number N: {@code P_lat.N.log},
 * {@code P_clat.N.log}, {@code P_slat.N.log}, {@code P_bw.N.log}, {@code P_iops.N.log},
 * {@code P_clat_hist.N.log}; {@code per_job_logs=0} drops the ".N" (all jobs share one file);
 * {@code log_store_compressed=1} appends ".fz". Immutable; any thread.
 */
public enum FioLogType {
    LAT("lat"),
    CLAT("clat"),
    SLAT("slat"),
    BW("bw"),
    IOPS("iops"),
    CLAT_HIST("clat_hist");

    private final String suffix;

    FioLogType(String suffix) {
        this.suffix = suffix;
    }

    /** The part of the name after the prefix ("clat_hist"). */
    public String suffix() {
        return suffix;
    }

    /** True for lat, clat and slat: values in nanoseconds. */
    public boolean isLatency() {
        return this == LAT || this == CLAT || this == SLAT;
    }

    /**
     * The file name fio gives this log.
     *
     * @param prefix     the option's value (write_bw_log=P), possibly with directories
     * @param jobIndex   1-based job number
     * @param perJobLogs {@code per_job_logs}
     * @param compressed {@code log_store_compressed}
     */
    public String fileName(String prefix, int jobIndex, boolean perJobLogs, boolean compressed) {
        String name = prefix + "_" + suffix + (perJobLogs ? "." + jobIndex : "") + ".log";
        return compressed ? name + ".fz" : name;
    }

    /** {@link #fileName} resolved against {@code directory} (an absolute prefix stays as it is). */
    public Path path(Path directory, String prefix, int jobIndex, boolean perJobLogs, boolean compressed) {
        return directory.resolve(fileName(prefix, jobIndex, perJobLogs, compressed));
    }
}
