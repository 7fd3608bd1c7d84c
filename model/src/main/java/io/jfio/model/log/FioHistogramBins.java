package io.jfio.model.log;

/**
 * fio's latency histogram encoding ("plat" bins), the one its {@code clat_hist} logs are written in.
 * Latencies in nanoseconds below 128 get a bin each; above, every power of two is one group of 64
 * equal-width bins, so a bin's width is 1/64 of its group's lower bound. 29 groups give 1856 bins; larger
 * values go to the last bin. {@code log_hist_coarseness} c sums runs of 2^c adjacent bins, giving
 * 1856 / 2^c bins per line. Stateless and allocation-free except {@link #coarsen}; any thread.
 */
public final class FioHistogramBins {

    /** Bits of precision per group: 64 bins per power of two. */
    public static final int GROUP_BITS = 6;
    /** Bins per group. */
    public static final int BINS_PER_GROUP = 1 << GROUP_BITS;
    /** Number of groups. */
    public static final int GROUP_COUNT = 29;
    /** Number of bins fio 3.33 writes per histogram log line at coarseness 0. */
    public static final int BIN_COUNT = GROUP_COUNT * BINS_PER_GROUP;
    /** Largest {@code log_hist_coarseness}. */
    public static final int MAX_COARSENESS = 6;

    private FioHistogramBins() {
    }

    /** The bin of a latency of {@code nanos} (negative values count as 0). */
    public static int index(long nanos) {
        if (nanos < 2 * BINS_PER_GROUP) {
            return nanos <= 0 ? 0 : (int) nanos;
        }
        int msb = 63 - Long.numberOfLeadingZeros(nanos);
        int droppedBits = msb - GROUP_BITS;
        long bin = ((long) (droppedBits + 1) << GROUP_BITS) + ((nanos >> droppedBits) & (BINS_PER_GROUP - 1));
        return (int) Math.min(bin, BIN_COUNT - 1);
    }

    /** The smallest latency in nanoseconds that falls in bin {@code index}. */
    public static long lowerBoundNanos(int index) {
        checkIndex(index);
        if (index < 2 * BINS_PER_GROUP) {
            return index;
        }
        int droppedBits = (index >> GROUP_BITS) - 1;
        long groupStart = 1L << (droppedBits + GROUP_BITS);
        return groupStart + ((long) (index % BINS_PER_GROUP) << droppedBits);
    }

    /** The latency fio takes to represent bin {@code index}: the middle of its range. */
    public static double midValueNanos(int index) {
        checkIndex(index);
        if (index < 2 * BINS_PER_GROUP) {
            return index;
        }
        int droppedBits = (index >> GROUP_BITS) - 1;
        return lowerBoundNanos(index) + 0.5 * (1L << droppedBits);
    }

    /** Bins per line at {@code coarseness} 0..6. */
    public static int binCount(int coarseness) {
        checkCoarseness(coarseness);
        return BIN_COUNT >> coarseness;
    }

    /** Sums each run of 2^coarseness adjacent bins of a full {@link #BIN_COUNT}-bin array. */
    public static long[] coarsen(long[] bins, int coarseness) {
        checkCoarseness(coarseness);
        if (bins.length != BIN_COUNT) {
            throw new IllegalArgumentException("expected " + BIN_COUNT + " bins, got " + bins.length);
        }
        int stride = 1 << coarseness;
        long[] out = new long[BIN_COUNT >> coarseness];
        for (int i = 0; i < bins.length; i++) {
            out[i / stride] += bins[i];
        }
        return out;
    }

    private static void checkIndex(int index) {
        if (index < 0 || index >= BIN_COUNT) {
            throw new IllegalArgumentException("bin index out of 0.." + (BIN_COUNT - 1) + ": " + index);
        }
    }

    private static void checkCoarseness(int coarseness) {
        if (coarseness < 0 || coarseness > MAX_COARSENESS) {
            throw new IllegalArgumentException("log_hist_coarseness must be 0..6, got " + coarseness);
        }
    }
}
