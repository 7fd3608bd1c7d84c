package io.jfio.app.live;

/**
 * Latency labels for a logarithmic axis that plots log10(nanoseconds): the unit adapts to the value
 * (ns, µs, ms, s). Immutable; any thread.
 */
public final class LatencyAxisFormat {

    private LatencyAxisFormat() {
    }

    /** The axis position of {@code nanos} (log10; values below 1 ns sit at 0). */
    public static double toAxis(double nanos) {
        return Math.log10(Math.max(1.0, nanos));
    }

    /** The latency at axis position {@code log10Nanos}, as a label: "850 ns", "12.5 µs", "3 ms", "1.2 s". */
    public static String label(double log10Nanos) {
        return format(Math.pow(10, log10Nanos));
    }

    /** {@code nanos} with an adaptive unit and up to three significant digits. */
    public static String format(double nanos) {
        return io.jfio.app.chart.Units.latency(nanos);
    }
}
