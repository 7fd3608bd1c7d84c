package io.jfio.model.value;

/**
 * An inclusive range (bsrange=4k-64k, startdelay=1-5, filesize=1m-8m). fio swaps the ends when the
 * lower is larger, so {@code low <= high} always holds. Immutable; any thread.
 *
 * @param low  the lower end in the option's base unit: bytes for sizes, nanoseconds for times
 * @param high the upper end in the same unit
 */
public record RangeValue(long low, long high) implements OptionValue {

    public RangeValue {
        if (low > high) {
            throw new IllegalArgumentException("range " + low + "-" + high + " is reversed");
        }
    }

    /** The range fio makes of two ends given in either order. */
    public static RangeValue ordered(long a, long b) {
        return new RangeValue(Math.min(a, b), Math.max(a, b));
    }
}
