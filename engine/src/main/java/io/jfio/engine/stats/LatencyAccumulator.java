package io.jfio.engine.stats;

import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Percentile;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.HdrHistogram.IntCountsHistogram;

import java.util.ArrayList;
import java.util.List;

/**
 * Samples of one kind of latency (slat, clat or lat) in nanoseconds: exact count, sum, sum of squares,
 * min and max, plus an HdrHistogram (2 significant digits, 1 ns to 1 hour) for percentiles. Values above
 * an hour are counted at an hour in the histogram; min, max and mean stay exact.
 * <p>
 * Not thread-safe: {@link #record} belongs to one writer at a time (the I/O thread, fenced by the
 * sampler's phaser); the other methods to the thread that holds the sampler's close lock.
 */
public final class LatencyAccumulator {

    /** Largest latency the histograms resolve: one hour. */
    public static final long HIGHEST_TRACKABLE_NANOS = 3_600_000_000_000L;
    /**
     * Significant decimal digits of the histograms: buckets 1/128 of a power of two wide (0.8 %), finer than
     * fio's own percentile bins (1/64). Three digits would cost 8 times the memory and the time to close a window.
     */
    public static final int SIGNIFICANT_DIGITS = 2;

    private final AbstractHistogram histogram;
    private long count;
    private long sum;
    private double sumOfSquares;
    private long min = Long.MAX_VALUE;
    private long max;
    // for merged totals: running mean and squared deviations (Chan et al.) avoid overflow of sum
    private double mergedMean;
    private double mergedSquaredDeviations;
    private final boolean mergeTarget;

    private LatencyAccumulator(AbstractHistogram histogram, boolean mergeTarget) {
        this.histogram = histogram;
        this.mergeTarget = mergeTarget;
    }

    /** For one window: int counts (a window never holds 2^31 samples in one bucket). */
    public static LatencyAccumulator forWindow() {
        return new LatencyAccumulator(new IntCountsHistogram(1, HIGHEST_TRACKABLE_NANOS, SIGNIFICANT_DIGITS), false);
    }

    /** For a job's total, fed by {@link #add} from windows: long counts. */
    public static LatencyAccumulator forTotal() {
        return new LatencyAccumulator(new Histogram(1, HIGHEST_TRACKABLE_NANOS, SIGNIFICANT_DIGITS), true);
    }

    /** Records one latency. Allocation-free. */
    public void record(long nanos) {
        long v = nanos < 0 ? 0 : nanos;
        count++;
        sum += v;
        sumOfSquares += (double) v * v;
        if (v < min) {
            min = v;
        }
        if (v > max) {
            max = v;
        }
        histogram.recordValue(v > HIGHEST_TRACKABLE_NANOS ? HIGHEST_TRACKABLE_NANOS : v);
    }

    /** Number of samples. */
    public long count() {
        return count;
    }

    /** Adds a window's samples to this total. */
    public void add(LatencyAccumulator window) {
        if (!mergeTarget) {
            throw new IllegalStateException("add() is for totals");
        }
        if (window.count == 0) {
            return;
        }
        long n = count + window.count;
        double windowMean = window.mean();
        double delta = windowMean - mergedMean;
        mergedMean += delta * window.count / n;
        mergedSquaredDeviations += window.squaredDeviations() + delta * delta * ((double) count * window.count / n);
        count = n;
        min = Math.min(min, window.min);
        max = Math.max(max, window.max);
        histogram.add(window.histogram);
    }

    /** Forgets all samples (for reuse as the next window). */
    public void reset() {
        count = 0;
        sum = 0;
        sumOfSquares = 0;
        min = Long.MAX_VALUE;
        max = 0;
        mergedMean = 0;
        mergedSquaredDeviations = 0;
        histogram.reset();
    }

    private double mean() {
        if (count == 0) {
            return 0;
        }
        return mergeTarget ? mergedMean : (double) sum / count;
    }

    private double squaredDeviations() {
        if (count < 2) {
            return 0;
        }
        if (mergeTarget) {
            return mergedSquaredDeviations;
        }
        return Math.max(0, sumOfSquares - (double) sum * sum / count);
    }

    /**
     * Count, min, max, mean, stdev and the given percentiles; a total's summary also keeps its histogram
     * (see {@link LatencyHistogram}), a window's does not. Allocates the result.
     */
    public LatencySummary summary(PercentileList percentiles) {
        return summary(percentiles, mergeTarget);
    }

    /**
     * As {@link #summary(PercentileList)}, keeping the histogram if {@code keepHistogram}: a window's, so that
     * a consumer can merge the windows of several jobs into exact percentiles. Allocates the result.
     */
    public LatencySummary summary(PercentileList percentiles, boolean keepHistogram) {
        if (count == 0) {
            return LatencySummary.EMPTY;
        }
        double stdev = count > 1 ? Math.sqrt(squaredDeviations() / (count - 1)) : 0;
        return new LatencySummary(count, min, max, mean(), stdev, percentiles(percentiles),
                keepHistogram ? sparseHistogram() : null);
    }

    // One entry per non-empty bucket, valued at the bucket's highest equivalent value as the percentiles are.
    private LatencyHistogram sparseHistogram() {
        int buckets = 0;
        for (HistogramIterationValue v : histogram.recordedValues()) {
            buckets++;
        }
        long[] values = new long[buckets];
        long[] counts = new long[buckets];
        int i = 0;
        for (HistogramIterationValue v : histogram.recordedValues()) {
            values[i] = v.getValueIteratedTo();
            counts[i] = v.getCountAtValueIteratedTo();
            i++;
        }
        return LatencyHistogram.of(values, counts);
    }

    // HdrHistogram's rank rule is fio's: the smallest value with at least ceil(p% of count) samples at or
    // below it. Its tight loop over the counts beats one pass with the recorded-values iterator.
    private List<Percentile> percentiles(PercentileList list) {
        List<Percentile> out = new ArrayList<>(list.size());
        if (histogram.getTotalCount() == 0) {
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            long value = histogram.getValueAtPercentile(list.get(i));
            out.add(new Percentile(list.get(i), Math.max(min, Math.min(max, value))));
        }
        return out;
    }

}
