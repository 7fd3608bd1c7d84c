package io.jfio.app.chart;

import java.util.function.DoubleFunction;

/**
 * How hover read-outs print an axis value, per kind of axis: time in seconds, counts (IOPS), bandwidth in
 * KiB/s, log10 latency, nines. Immutable; any thread.
 */
public final class AxisFormats {

    private static final double KIB_PER_MIB = 1024;

    /** Seconds since the job's start. */
    public static final DoubleFunction<String> SECONDS = Units::seconds;
    /** A count or rate (IOPS). */
    public static final DoubleFunction<String> COUNT = Units::count;
    /** A bandwidth in KiB/s. */
    public static final DoubleFunction<String> BANDWIDTH_KIBPS = Units::bandwidthKiBps;
    /**
     * An axis of bandwidth in MiB/s ({@link #toMibps}): the bandwidth charts draw MiB/s so that their decimal
     * ticks fall on round binary figures (50 MiB/s, not 48.8).
     */
    public static final DoubleFunction<String> BANDWIDTH_MIBPS = mibps -> Units.bandwidthKiBps(mibps * KIB_PER_MIB);
    /** An axis of log10(nanoseconds). */
    public static final DoubleFunction<String> LOG10_LATENCY = v -> Units.latency(Math.pow(10, v));
    /** A nines axis ({@link NinesScale}), as the percentile. */
    public static final DoubleFunction<String> NINES = v -> Units.percent(Math.round(NinesScale.toPercent(v) * 1e4) / 1e4);

    private AxisFormats() {
    }

    /**
     * A tick label of a bandwidth axis ({@link #BANDWIDTH_MIBPS}): every tick in MiB/s, with the decimals its tick
     * unit needs ("0.5 MiB/s", "1400 MiB/s"). The read-out adapts its unit to each value; an axis labelled that
     * way read "0 KiB/s", "1000 MiB/s", "1.17 GiB/s" up one side.
     */
    public static String bandwidthMibpsTick(double mibps, double tickUnitMibps) {
        return Units.tick(mibps, tickUnitMibps) + " MiB/s";
    }

    /** A bandwidth in KiB/s as the bandwidth charts draw it, in MiB/s ({@link #BANDWIDTH_MIBPS}). */
    public static double toMibps(double kibps) {
        return kibps / KIB_PER_MIB;
    }
}
