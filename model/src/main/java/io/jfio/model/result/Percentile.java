package io.jfio.model.result;

/**
 * One point of a latency distribution: {@code percent} of the samples were at or below {@code valueNanos}.
 * Immutable; any thread.
 *
 * @param percent    0..100, e.g. 99.9
 * @param valueNanos the latency at that percentile, in nanoseconds
 */
public record Percentile(double percent, long valueNanos) {

    public Percentile {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("percentile out of 0..100: " + percent);
        }
    }
}
