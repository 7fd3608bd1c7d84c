package io.jfio.app.results;

import io.jfio.app.live.LatencyAxisFormat;
import io.jfio.engine.output.FioFormat;
import io.jfio.engine.output.FioFormat.Unit;

/**
 * How the results tables write their numbers: counts, bytes and rates exactly as fio's text report
 * shortens them (the engine's {@link FioFormat}), latencies with an adaptive unit. Stateless; any thread.
 */
public final class Figures {

    private Figures() {
    }

    /** A count as fio's "IOPS=" shows it: "3079k", "950". */
    public static String count(long value) {
        return FioFormat.shorten(value, 4, 1, false, Unit.NONE);
    }

    /** A rate as fio's "BW=" shows it first, binary prefixes: "3906KiB/s", "11.7GiB/s". */
    public static String bandwidth(long bytesPerSecond) {
        return FioFormat.shorten(bytesPerSecond, 4, 1, true, Unit.BYTE_PER_SECOND);
    }

    /** A rate in decimal prefixes, as fio shows it second: "4000kB/s". */
    public static String bandwidthDecimal(long bytesPerSecond) {
        return FioFormat.shorten(bytesPerSecond, 4, 1, false, Unit.BYTE_PER_SECOND);
    }

    /** An amount of data as fio's "io=" shows it: "7813KiB", "1024MiB". */
    public static String bytes(long bytes) {
        return FioFormat.shorten(bytes, 4, 1, true, Unit.BYTE);
    }

    /** A number with two decimals, as fio prints cpu and util percentages and rate averages: "12.34". */
    public static String twoDecimals(double value) {
        return FioFormat.fixed(value, 2);
    }

    /** A latency with an adaptive unit ("12.5 µs"), or "-" for a percentile that was not computed (negative). */
    public static String latency(double nanos) {
        return nanos < 0 ? "-" : LatencyAxisFormat.format(nanos);
    }

    /** A percent as fio's percentile lists name it: "50", "99.9", "99.99". */
    public static String percentLabel(double percent) {
        return java.math.BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString();
    }
}
