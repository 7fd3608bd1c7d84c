package io.jfio.app.results;

import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.LatencySummary;

/**
 * One line of the results table: one job's figures for one direction, as fio's report prints them
 * (IOPS and bandwidth over the job's runtime, completion latency). Latencies are nanoseconds; a
 * percentile the job did not compute is -1. Immutable; any thread.
 */
public record ResultRow(String jobName, int jobNumber, int groupId, String direction, long ios, double iops,
                        double bandwidthKiBps, long clatMinNanos, double clatMeanNanos, long clatMaxNanos,
                        double clatStdevNanos, long p50Nanos, long p90Nanos, long p99Nanos, long p999Nanos,
                        String error) {

    /** The row for {@code stats} of {@code job}. */
    public static ResultRow of(JobResult job, DirectionStats stats) {
        LatencySummary clat = stats.clat();
        return new ResultRow(job.jobName(), job.jobNumber(), job.groupId(),
                stats.direction().name().toLowerCase(java.util.Locale.ROOT), stats.ios(), stats.meanIops(),
                stats.meanBytesPerSecond() / 1024.0, clat.minNanos(), clat.meanNanos(), clat.maxNanos(),
                clat.stdevNanos(), clat.valueAt(50), clat.valueAt(90), clat.valueAt(99), clat.valueAt(99.9),
                job.failed() ? job.errorMessage() : "");
    }
}
