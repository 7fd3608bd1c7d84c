package io.jfio.engine.stats;

import io.jfio.model.result.RateSummary;

/**
 * Running min, max, mean and standard deviation (Welford) of per-window rates: the bw and iops summary
 * lines. Not thread-safe: fed and read under the sampler's close lock.
 */
public final class RateAccumulator {

    private long samples;
    private double min = Double.MAX_VALUE;
    private double max;
    private double mean;
    private double squaredDeviations;

    /** Adds one window's rate. */
    public void add(double rate) {
        samples++;
        min = Math.min(min, rate);
        max = Math.max(max, rate);
        double delta = rate - mean;
        mean += delta / samples;
        squaredDeviations += delta * (rate - mean);
    }

    /** The summary so far. */
    public RateSummary summary() {
        if (samples == 0) {
            return RateSummary.EMPTY;
        }
        double stdev = samples > 1 ? Math.sqrt(squaredDeviations / (samples - 1)) : 0;
        return new RateSummary(samples, min, max, mean, stdev);
    }
}
