package io.jfio.model.result;

import java.util.Arrays;

/**
 * One of fio's queue-depth distributions: counts per bucket, with the bucket edges fio prints.
 * {@link #IO_DEPTH_EDGES} for "IO depths" (depth in flight when an I/O was issued: 1, 2, 4, 8, 16, 32, >=64),
 * {@link #BATCH_EDGES} for "submit"/"complete" (I/Os per submit or reap call: 0, 4, 8, 16, 32, 64, >=64;
 * fio labels a bucket by its upper edge, 0 meaning none). Immutable; any thread.
 *
 * @param edges  bucket labels, the last meaning "this or more"
 * @param counts one count per bucket
 */
public record DepthHistogram(int[] edges, long[] counts) {

    public static final int[] IO_DEPTH_EDGES = {1, 2, 4, 8, 16, 32, 64};
    public static final int[] BATCH_EDGES = {0, 4, 8, 16, 32, 64, 64};

    public DepthHistogram {
        if (edges.length != counts.length) {
            throw new IllegalArgumentException("edges and counts differ in length");
        }
        edges = edges.clone();
        counts = counts.clone();
    }

    /** An empty histogram with the given edges. */
    public static DepthHistogram empty(int[] edges) {
        return new DepthHistogram(edges, new long[edges.length]);
    }

    /** The sum of all counts. */
    public long total() {
        return Arrays.stream(counts).sum();
    }

    /** The share of bucket {@code index} in percent (0 when the histogram is empty). */
    public double percent(int index) {
        long total = total();
        return total == 0 ? 0 : 100.0 * counts[index] / total;
    }

    @Override
    public int[] edges() {
        return edges.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DepthHistogram h && Arrays.equals(edges, h.edges) && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(edges) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "DepthHistogram" + Arrays.toString(edges) + "=" + Arrays.toString(counts);
    }
}
