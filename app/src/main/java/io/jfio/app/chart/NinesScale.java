package io.jfio.app.chart;

/**
 * The "nines" scale of HdrHistogram's percentile plots: a percentile p sits at x = log10(1 / (1 - p)), so
 * 0% is at 0, 90% at 1, 99% at 2, 99.9% at 3; the tail gets as much room as the body. 100% has no finite
 * place: callers clamp it (see {@link #toAxis(double, long)}). Immutable; any thread.
 */
public final class NinesScale {

    /** Where 100% goes when nothing else says: six nines. */
    public static final double DEFAULT_MAX_NINES = 6;

    private NinesScale() {
    }

    /** The axis position of {@code percent} (0..100); 100% lands at {@link #DEFAULT_MAX_NINES}. */
    public static double toAxis(double percent) {
        double rest = 1 - Math.max(0, Math.min(100, percent)) / 100.0;
        return rest <= Math.pow(10, -DEFAULT_MAX_NINES) ? DEFAULT_MAX_NINES : Math.log10(1 / rest);
    }

    /**
     * The axis position of {@code percent} in a distribution of {@code count} samples: 100% (the maximum) is
     * put at log10(count), where one sample in {@code count} is, since the data cannot resolve further.
     */
    public static double toAxis(double percent, long count) {
        double maxNines = Math.log10(Math.max(10, count));
        double rest = 1 - Math.max(0, Math.min(100, percent)) / 100.0;
        return rest <= 0 ? maxNines : Math.min(maxNines, Math.log10(1 / rest));
    }

    /** The percentile at axis position {@code nines}: 100 * (1 - 10^-nines). */
    public static double toPercent(double nines) {
        return 100 * (1 - Math.pow(10, -Math.max(0, nines)));
    }

    /** A tick label: "0%", "90%", "99%", "99.9%", "99.99%"; between whole nines the rounded percentile. */
    public static String label(double nines) {
        if (nines <= 0) {
            return "0%";
        }
        long whole = Math.round(nines);
        if (Math.abs(nines - whole) < 1e-9) {
            if (whole == 1) {
                return "90%";
            }
            return whole == 2 ? "99%" : "99." + "9".repeat((int) whole - 2) + "%";
        }
        return Units.percent(Math.round(toPercent(nines) * 1e6) / 1e6);
    }
}
