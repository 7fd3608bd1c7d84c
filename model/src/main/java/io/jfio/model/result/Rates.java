package io.jfio.model.result;

/** Rate arithmetic shared by the sample records. Stateless; any thread. */
public final class Rates {

    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private Rates() {
    }

    /** {@code amount} per second over {@code nanos}; 0 for an empty or zero-length interval. */
    public static double perSecond(long amount, long nanos) {
        if (amount == 0 || nanos <= 0) {
            return 0;
        }
        return amount * NANOS_PER_SECOND / nanos;
    }
}
