package io.jfio.engine.run;

import io.jfio.engine.stats.LatencyAccumulator;
import io.jfio.engine.stats.PercentileList;
import io.jfio.model.result.DepthHistogram;
import io.jfio.model.result.IssuedCounts;
import io.jfio.model.result.LatencySummary;

/**
 * What the runner counts beside the sampler, after ramp_time (during it too until the ramp ends, for a
 * job that ends inside it): the I/O depth at each issue, I/Os per
 * submit and per reap call (fio's "IO depths", "submit", "complete" lines), issued and short I/Os per
 * direction and sync, and the latency of fsync/fdatasync. Written by the thread that owns the engine
 * (allocation-free); read by the runner after that thread ended.
 */
final class WorkerCounters {

    /** Slot of fsync/fdatasync in the issued counts (fio's "rwts" order). */
    static final int SYNC_SLOT = 3;

    private final long[] depths = new long[DepthHistogram.IO_DEPTH_EDGES.length];
    private final long[] submits = new long[DepthHistogram.BATCH_EDGES.length];
    private final long[] completes = new long[DepthHistogram.BATCH_EDGES.length];
    private final long[] issued = new long[IssuedCounts.SLOTS];
    private final long[] shortIos = new long[IssuedCounts.SLOTS];
    private final LatencyAccumulator syncLatency = LatencyAccumulator.forWindow();

    /** fio's depth bucket: 1, 2-3, 4-7, 8-15, 16-31, 32-63, 64+. */
    static int depthBucket(int depth) {
        if (depth <= 1) {
            return 0;
        }
        int bucket = 31 - Integer.numberOfLeadingZeros(depth);
        return Math.min(bucket, 6);
    }

    /** fio's submit/complete bucket: 0, 1-4, 5-8, 9-16, 17-32, 33-64, 65+. */
    static int batchBucket(int count) {
        if (count <= 0) {
            return 0;
        }
        if (count <= 4) {
            return 1;
        }
        int bucket = 32 - Integer.numberOfLeadingZeros(count - 1) - 1;
        return Math.min(bucket, 6);
    }

    void issued(int slot) {
        issued[slot]++;
    }

    /** {@code count} I/Os handed over at once while {@code depth} were queued or in flight (fio counts at commit). */
    void depth(int depth, int count) {
        depths[depthBucket(depth)] += count;
    }

    void submitted(int count) {
        submits[batchBucket(count)]++;
    }

    void completed(int count) {
        completes[batchBucket(count)]++;
    }

    void shortIo(int slot) {
        shortIos[slot]++;
    }

    /** Forgets the depth, batch, issue and short-I/O counts so far (fio's reset when ramp_time ends). */
    void clearIoCounts() {
        java.util.Arrays.fill(depths, 0);
        java.util.Arrays.fill(submits, 0);
        java.util.Arrays.fill(completes, 0);
        java.util.Arrays.fill(issued, 0);
        java.util.Arrays.fill(shortIos, 0);
    }

    void sync(long latencyNanos) {
        syncLatency.record(latencyNanos);
    }

    DepthHistogram ioDepths() {
        return new DepthHistogram(DepthHistogram.IO_DEPTH_EDGES, depths);
    }

    DepthHistogram submitBatches() {
        return new DepthHistogram(DepthHistogram.BATCH_EDGES, submits);
    }

    DepthHistogram completeBatches() {
        return new DepthHistogram(DepthHistogram.BATCH_EDGES, completes);
    }

    IssuedCounts issuedCounts() {
        return new IssuedCounts(issued, shortIos, new long[IssuedCounts.SLOTS]);
    }

    LatencySummary syncLatency(PercentileList percentiles) {
        return syncLatency.count() == 0 ? LatencySummary.EMPTY : syncLatency.summary(percentiles);
    }
}
