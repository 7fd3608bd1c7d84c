package io.jfio.model.result;

import java.util.Arrays;

/**
 * Latency counts in fio's 1856 histogram bins (the bins of fio's {@code clat_hist} logs), an immutable
 * copy. Any thread.
 */
public final class FioHistogramCounts {

    private final long[] counts;

    private FioHistogramCounts(long[] counts) {
        this.counts = counts;
    }

    /** A copy of {@code counts}. */
    public static FioHistogramCounts of(long[] counts) {
        return new FioHistogramCounts(counts.clone());
    }

    /** The bin-by-bin sum; either side may be {@code null} (no histogram). */
    public static FioHistogramCounts sum(FioHistogramCounts a, FioHistogramCounts b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        long[] out = a.counts.clone();
        for (int i = 0; i < out.length && i < b.counts.length; i++) {
            out[i] += b.counts[i];
        }
        return new FioHistogramCounts(out);
    }

    /** Number of bins. */
    public int binCount() {
        return counts.length;
    }

    /** The count of bin {@code index}. */
    public long count(int index) {
        return counts[index];
    }

    /** A copy of all counts. */
    public long[] toArray() {
        return counts.clone();
    }

    /** Sum of all bins. */
    public long total() {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FioHistogramCounts other && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "FioHistogramCounts[bins=" + counts.length + ", total=" + total() + "]";
    }
}
