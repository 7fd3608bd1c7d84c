package io.jfio.model.result;

import java.util.Arrays;

/**
 * fio's latency distribution, the "lat (nsec): 2=.., 4=..", "lat (usec): .." and "lat (msec): .." lines:
 * completion latency counts in 32 buckets. A bucket is named by its exclusive upper edge in its unit: the
 * nsec bucket "4" holds 2..3 ns, the usec bucket "10" holds 4..9.999 us, the msec bucket "2000" holds
 * 1000..1999 ms and "&gt;=2000" everything from 2000 ms. Immutable; any thread.
 */
public final class LatencyBuckets {

    /** Number of buckets: 10 nsec, 10 usec, 12 msec. */
    public static final int BUCKET_COUNT = 32;
    /** Index of the first usec bucket. */
    public static final int FIRST_USEC = 10;
    /** Index of the first msec bucket. */
    public static final int FIRST_MSEC = 20;

    private static final long[] EDGES = {2, 4, 10, 20, 50, 100, 250, 500, 750, 1000};
    private static final String[] MSEC_LABELS =
            {"2", "4", "10", "20", "50", "100", "250", "500", "750", "1000", "2000", ">=2000"};

    private final long[] counts;

    private LatencyBuckets(long[] counts) {
        this.counts = counts;
    }

    /** A copy of 32 bucket counts. */
    public static LatencyBuckets of(long[] counts) {
        if (counts.length != BUCKET_COUNT) {
            throw new IllegalArgumentException("expected " + BUCKET_COUNT + " buckets, got " + counts.length);
        }
        return new LatencyBuckets(counts.clone());
    }

    /** No sample in any bucket. */
    public static LatencyBuckets empty() {
        return new LatencyBuckets(new long[BUCKET_COUNT]);
    }

    /** The bucket a completion latency of {@code nanos} falls in. Allocation-free; any thread. */
    public static int indexOf(long nanos) {
        if (nanos < 1_000) {
            return edgeIndex(nanos);
        }
        if (nanos < 1_000_000) {
            return FIRST_USEC + edgeIndex(nanos / 1_000);
        }
        long millis = nanos / 1_000_000;
        if (millis < 1_000) {
            return FIRST_MSEC + edgeIndex(millis);
        }
        return millis < 2_000 ? FIRST_MSEC + 10 : FIRST_MSEC + 11;
    }

    private static int edgeIndex(long valueBelow1000) {
        int i = 0;
        while (valueBelow1000 >= EDGES[i]) {
            i++;
        }
        return i;
    }

    /** The label fio prints for bucket {@code index} ("2", "250", "&gt;=2000"). */
    public static String label(int index) {
        if (index < FIRST_MSEC) {
            return Long.toString(EDGES[index % 10]);
        }
        return MSEC_LABELS[index - FIRST_MSEC];
    }

    /** The unit of bucket {@code index}: "nsec", "usec" or "msec". */
    public static String unit(int index) {
        return index < FIRST_USEC ? "nsec" : index < FIRST_MSEC ? "usec" : "msec";
    }

    /** The count of bucket {@code index}. */
    public long count(int index) {
        return counts[index];
    }

    /** Sum of all buckets. */
    public long total() {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /** Bucket {@code index} as a percentage of all samples (0 without samples). */
    public double percent(int index) {
        long total = total();
        return total == 0 ? 0 : 100.0 * counts[index] / total;
    }

    /** The bucket-by-bucket sum. */
    public LatencyBuckets plus(LatencyBuckets other) {
        long[] out = counts.clone();
        for (int i = 0; i < BUCKET_COUNT; i++) {
            out[i] += other.counts[i];
        }
        return new LatencyBuckets(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatencyBuckets other && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "LatencyBuckets" + Arrays.toString(counts);
    }
}
