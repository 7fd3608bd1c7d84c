package io.jfio.engine.output.text;

/**
 * The unit fio picks for a latency line or a percentile block, found from its output: nanoseconds unless
 * the figures are large enough for microseconds (smallest over 2,000 ns, largest over 99,999 ns, and for a
 * line a standard deviation over 1,000 ns) or milliseconds (the same with a thousand times the bounds).
 * Immutable; any thread.
 */
enum LatencyScale {
    NSEC("nsec", 1),
    USEC("usec", 1_000),
    MSEC("msec", 1_000_000);

    private final String label;
    private final long divisor;

    LatencyScale(String label, long divisor) {
        this.label = label;
        this.divisor = divisor;
    }

    /** The scale of a "clat (usec): min=.., max=.., avg=.., stdev=.." line. */
    static LatencyScale forLine(long minNanos, long maxNanos, double stdevNanos) {
        if (minNanos > 2_000_000 && maxNanos > 99_999_999L && stdevNanos > 1_000_000.0) {
            return MSEC;
        }
        if (minNanos > 2_000 && maxNanos > 99_999 && stdevNanos > 1_000.0) {
            return USEC;
        }
        return NSEC;
    }

    /** The scale of a percentile block whose values range from {@code minNanos} to {@code maxNanos}. */
    static LatencyScale forPercentiles(long minNanos, long maxNanos) {
        if (minNanos > 2_000_000 && maxNanos > 99_999_999L) {
            return MSEC;
        }
        if (minNanos > 2_000 && maxNanos > 99_999) {
            return USEC;
        }
        return NSEC;
    }

    String label() {
        return label;
    }

    long divisor() {
        return divisor;
    }

    /** {@code nanos} in this unit, rounded down (line figures). */
    long floor(long nanos) {
        return nanos / divisor;
    }

    /** {@code nanos} in this unit, rounded up (percentile values). */
    long ceil(long nanos) {
        return (nanos + divisor - 1) / divisor;
    }
}
