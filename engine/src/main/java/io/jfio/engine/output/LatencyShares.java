package io.jfio.engine.output;

import io.jfio.model.result.JobResult;
import io.jfio.model.result.LatencyBuckets;

/**
 * The shares of fio's latency buckets in percent, as the text, JSON and terse reports print them: each
 * bucket over the job's I/Os (fio divides by the I/Os issued in read, write and trim; jfio by that or by
 * the bucket total, whichever is larger, so the shares never pass 100 %), a non-empty bucket showing at
 * least 0.01 %. Stateless; any thread.
 */
public final class LatencyShares {

    /** The smallest share a non-empty bucket shows. */
    public static final double FLOOR_PERCENT = 0.01;

    private LatencyShares() {
    }

    /** The divisor of the shares of {@code job}. */
    public static long total(JobResult job) {
        long[] issued = job.issued().total();
        return Math.max(job.stats().latencyBuckets().total(), issued[0] + issued[1] + issued[2]);
    }

    /** The share of every bucket, indexed as {@link LatencyBuckets}. */
    public static double[] percents(JobResult job) {
        LatencyBuckets buckets = job.stats().latencyBuckets();
        long total = total(job);
        double[] out = new double[LatencyBuckets.BUCKET_COUNT];
        for (int i = 0; i < out.length; i++) {
            out[i] = FioFormat.share(buckets.count(i), total, FLOOR_PERCENT);
        }
        return out;
    }
}
