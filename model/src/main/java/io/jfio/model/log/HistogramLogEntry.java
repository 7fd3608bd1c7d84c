package io.jfio.model.log;

import java.util.Arrays;

/**
 * One line of a fio completion latency histogram log ({@code P_clat_hist.N.log}): the clat counts of one
 * direction in one {@code log_hist_msec} window, in fio's bins (see {@link FioHistogramBins}), coarsened by
 * {@code log_hist_coarseness}. Immutable; any thread.
 */
public final class HistogramLogEntry {

    private final long timeMillis;
    private final int ddir;
    private final long blockSizeBytes;
    private final long[] binCounts;

    /** Copies {@code binCounts}. */
    public HistogramLogEntry(long timeMillis, int ddir, long blockSizeBytes, long[] binCounts) {
        this.timeMillis = timeMillis;
        this.ddir = ddir;
        this.blockSizeBytes = blockSizeBytes;
        this.binCounts = binCounts.clone();
    }

    /** Milliseconds since the job's start. */
    public long timeMillis() {
        return timeMillis;
    }

    /** 0 read, 1 write, 2 trim. */
    public int ddir() {
        return ddir;
    }

    /** The block size column. */
    public long blockSizeBytes() {
        return blockSizeBytes;
    }

    /** Number of bins on the line (1856 &gt;&gt; coarseness for fio 3.33). */
    public int binCount() {
        return binCounts.length;
    }

    /** The count of bin {@code index}. */
    public long binCount(int index) {
        return binCounts[index];
    }

    /** A copy of the bin counts. */
    public long[] binCounts() {
        return binCounts.clone();
    }

    /** The log_hist_coarseness this line was written with, or -1 if its bin count is not fio 3.33's. */
    public int coarseness() {
        for (int c = 0; c <= FioHistogramBins.MAX_COARSENESS; c++) {
            if (binCounts.length == FioHistogramBins.binCount(c)) {
                return c;
            }
        }
        return -1;
    }

    /** Total samples on the line. */
    public long total() {
        long sum = 0;
        for (long c : binCounts) {
            sum += c;
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistogramLogEntry e && e.timeMillis == timeMillis && e.ddir == ddir
                && e.blockSizeBytes == blockSizeBytes && Arrays.equals(e.binCounts, binCounts);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(timeMillis) * 31 + Arrays.hashCode(binCounts);
    }

    @Override
    public String toString() {
        return "HistogramLogEntry[" + timeMillis + " ms, ddir " + ddir + ", bs " + blockSizeBytes + ", "
                + binCounts.length + " bins, total " + total() + "]";
    }
}
