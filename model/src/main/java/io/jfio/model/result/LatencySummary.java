package io.jfio.model.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Count, extremes, mean, standard deviation and percentiles of one kind of latency (slat, clat or lat)
 * over a window or a whole job. Min, max, mean and stdev are exact (computed from every sample); the
 * percentiles come from a histogram. The standard deviation is the sample one (n - 1), as fio prints it.
 * Immutable; any thread.
 *
 * @param count       number of samples
 * @param minNanos    smallest sample (0 when count is 0)
 * @param maxNanos    largest sample (0 when count is 0)
 * @param meanNanos   arithmetic mean (0 when count is 0)
 * @param stdevNanos  sample standard deviation (0 when count is below 2)
 * @param percentiles ascending by percent; empty when count is 0 or when the summary was merged from
 *                    windows whose histograms are gone (see {@link #merge})
 * @param histogram   the distribution the percentiles came from, kept for a job's cumulative figures so
 *                    that reports can merge jobs and print fio's json+ bins; {@code null} when not kept
 *                    (sample windows, unless a consumer asked the sampler to keep theirs)
 */
public record LatencySummary(long count, long minNanos, long maxNanos, double meanNanos, double stdevNanos,
                             List<Percentile> percentiles, LatencyHistogram histogram) {

    /** The summary of no samples. */
    public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0, List.of());

    public LatencySummary {
        if (count < 0) {
            throw new IllegalArgumentException("negative count " + count);
        }
        percentiles = List.copyOf(Objects.requireNonNull(percentiles, "percentiles"));
    }

    /** A summary without a histogram. */
    public LatencySummary(long count, long minNanos, long maxNanos, double meanNanos, double stdevNanos,
                          List<Percentile> percentiles) {
        this(count, minNanos, maxNanos, meanNanos, stdevNanos, percentiles, null);
    }

    /** True if no sample was recorded. */
    public boolean isEmpty() {
        return count == 0;
    }

    /** The value at {@code percent}, or -1 if that percentile was not computed. */
    public long valueAt(double percent) {
        for (Percentile p : percentiles) {
            if (Double.compare(p.percent(), percent) == 0) {
                return p.valueNanos();
            }
        }
        return -1;
    }

    /**
     * The exact count, min, max, mean and stdev of the union of two disjoint sample sets. When both sides
     * keep a histogram, so does the result, with percentiles recomputed at the first side's percents (or
     * the second's); without histograms percentiles cannot be merged: the result keeps those of the only
     * non-empty side, and has none when both sides have samples.
     */
    public static LatencySummary merge(LatencySummary a, LatencySummary b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        long n = a.count + b.count;
        double delta = b.meanNanos - a.meanNanos;
        double mean = a.meanNanos + delta * b.count / n;
        double m2 = squaredDeviations(a) + squaredDeviations(b) + delta * delta * ((double) a.count * b.count / n);
        double stdev = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
        long min = Math.min(a.minNanos, b.minNanos);
        long max = Math.max(a.maxNanos, b.maxNanos);
        if (a.histogram == null || b.histogram == null) {
            return new LatencySummary(n, min, max, mean, stdev, List.of());
        }
        LatencyHistogram merged = a.histogram.plus(b.histogram);
        List<Percentile> percents = a.percentiles.isEmpty() ? b.percentiles : a.percentiles;
        List<Percentile> recomputed = new ArrayList<>(percents.size());
        for (Percentile p : percents) {
            long value = merged.valueAtPercentile(p.percent());
            recomputed.add(new Percentile(p.percent(), Math.max(min, Math.min(max, value))));
        }
        return new LatencySummary(n, min, max, mean, stdev, recomputed, merged);
    }

    /** True if a histogram was kept. */
    public boolean hasHistogram() {
        return histogram != null;
    }

    private static double squaredDeviations(LatencySummary s) {
        return s.count > 1 ? s.stdevNanos * s.stdevNanos * (s.count - 1) : 0;
    }
}
