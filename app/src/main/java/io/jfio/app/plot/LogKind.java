package io.jfio.app.plot;

import io.jfio.engine.output.log.FioLogType;

/**
 * Which panel of a plot a log's series go on, from the {@link FioLogType} its name says (see
 * {@link io.jfio.app.logs.FioLogName}, the one reader of fio's log names) or {@code jfio plot --kind} gives;
 * histogram logs ({@code PREFIX_clat_hist.N.log}) become latency percentiles ({@link HistogramPercentiles}).
 * Immutable; any thread.
 */
public enum LogKind {
    /** lat, clat or slat logs and histogram percentiles: nanoseconds, drawn on a logarithmic axis. */
    LATENCY("Latency"),
    /** bw logs: KiB/s, drawn in MiB/s as the window draws them. */
    BANDWIDTH("Bandwidth"),
    /** iops logs: I/Os per second. */
    IOPS("IOPS");

    private final String title;

    LogKind(String title) {
        this.title = title;
    }

    /** The chart title. */
    public String title() {
        return title;
    }

    /** The panel a log of {@code type} is drawn on. */
    public static LogKind of(FioLogType type) {
        return switch (type) {
            case LAT, CLAT, SLAT, CLAT_HIST -> LATENCY;
            case BW -> BANDWIDTH;
            case IOPS -> IOPS;
        };
    }
}
