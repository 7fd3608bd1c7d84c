package io.jfio.model.result;

import io.jfio.model.log.FioHistogramBins;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A latency distribution kept with a job's cumulative figures, so that reports can merge jobs
 * (group_reporting) and still give percentiles, and can print fio's json+ "bins". Sparse: only buckets
 * that hold samples, ascending by value. Each value stands for every latency recorded in its bucket (the
 * bucket's highest equivalent value, in nanoseconds). The engine's buckets are never wider than one of
 * fio's histogram bins and never straddle two, so {@link #fioBins} is exact. Immutable; any thread.
 */
public final class LatencyHistogram {

    /** No samples. */
    public static final LatencyHistogram EMPTY = new LatencyHistogram(new long[0], new long[0]);

    private final long[] valuesNanos;
    private final long[] counts;

    private LatencyHistogram(long[] valuesNanos, long[] counts) {
        this.valuesNanos = valuesNanos;
        this.counts = counts;
    }

    /**
     * A histogram of the given buckets.
     *
     * @param valuesNanos strictly ascending bucket values
     * @param counts      one positive count per value
     */
    public static LatencyHistogram of(long[] valuesNanos, long[] counts) {
        if (valuesNanos.length != counts.length) {
            throw new IllegalArgumentException("values and counts differ in length");
        }
        for (int i = 0; i < valuesNanos.length; i++) {
            if (counts[i] <= 0 || valuesNanos[i] < 0 || (i > 0 && valuesNanos[i] <= valuesNanos[i - 1])) {
                throw new IllegalArgumentException("buckets must be ascending with positive counts, bad at " + i);
            }
        }
        return new LatencyHistogram(valuesNanos.clone(), counts.clone());
    }

    /** Number of non-empty buckets. */
    public int size() {
        return valuesNanos.length;
    }

    /** The value of bucket {@code index}, in nanoseconds. */
    public long valueNanos(int index) {
        return valuesNanos[index];
    }

    /** The count of bucket {@code index}. */
    public long count(int index) {
        return counts[index];
    }

    /** Number of samples. */
    public long total() {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /** The bucket-by-bucket sum of two histograms. */
    public LatencyHistogram plus(LatencyHistogram other) {
        long[] values = new long[valuesNanos.length + other.valuesNanos.length];
        long[] sums = new long[values.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < valuesNanos.length || j < other.valuesNanos.length) {
            long a = i < valuesNanos.length ? valuesNanos[i] : Long.MAX_VALUE;
            long b = j < other.valuesNanos.length ? other.valuesNanos[j] : Long.MAX_VALUE;
            values[n] = Math.min(a, b);
            if (a <= b) {
                sums[n] += counts[i++];
            }
            if (b <= a) {
                sums[n] += other.counts[j++];
            }
            n++;
        }
        return new LatencyHistogram(Arrays.copyOf(values, n), Arrays.copyOf(sums, n));
    }

    /**
     * The smallest bucket value with at least {@code percent} of the samples at or below it (at least one
     * sample), as the engine's percentiles are computed; 0 without samples.
     */
    public long valueAtPercentile(double percent) {
        long total = total();
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(Math.min(100, Math.max(0, percent)) / 100.0 * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return valuesNanos[i];
            }
        }
        return valuesNanos[valuesNanos.length - 1];
    }

    /**
     * The counts in fio's histogram bins, keyed by the latency fio prints for a bin (its middle, in
     * nanoseconds), ascending: what fio's json+ writes as "bins".
     */
    public Map<Long, Long> fioBins() {
        Map<Long, Long> bins = new TreeMap<>();
        for (int i = 0; i < valuesNanos.length; i++) {
            long key = (long) FioHistogramBins.midValueNanos(FioHistogramBins.index(valuesNanos[i]));
            bins.merge(key, counts[i], Long::sum);
        }
        return bins;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatencyHistogram other && Arrays.equals(valuesNanos, other.valuesNanos)
                && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(valuesNanos) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "LatencyHistogram[buckets=" + valuesNanos.length + ", total=" + total() + "]";
    }
}
