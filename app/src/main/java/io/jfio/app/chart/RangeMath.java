package io.jfio.app.chart;

/**
 * The arithmetic of zooming and panning an axis range, in axis units. Ranges are {@code double[] {lower,
 * upper}} with lower &lt; upper. Immutable; any thread.
 */
public final class RangeMath {

    private RangeMath() {
    }

    /**
     * The range scaled by {@code factor} around {@code anchor}, which keeps its place on screen: a factor
     * below 1 zooms in (0.5 shows half as much), above 1 out.
     */
    public static double[] zoom(double lower, double upper, double anchor, double factor) {
        double a = Math.max(lower, Math.min(upper, anchor));
        return new double[] {a - (a - lower) * factor, a + (upper - a) * factor};
    }

    /** The range moved by {@code delta} axis units. */
    public static double[] pan(double lower, double upper, double delta) {
        return new double[] {lower + delta, upper + delta};
    }

    /** The range between two points in either order, at least {@code minSpan} wide (centred). */
    public static double[] between(double a, double b, double minSpan) {
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        if (high - low < minSpan) {
            double mid = (low + high) / 2;
            return new double[] {mid - minSpan / 2, mid + minSpan / 2};
        }
        return new double[] {low, high};
    }

    /** A tick spacing of 1, 2 or 5 times a power of ten that gives about {@code targetTicks} over {@code span}. */
    public static double niceTickUnit(double span, int targetTicks) {
        if (!(span > 0) || targetTicks < 1) {
            return 1;
        }
        double raw = span / targetTicks;
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        double scaled = raw / decade;
        double nice = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
        return nice * decade;
    }
}
