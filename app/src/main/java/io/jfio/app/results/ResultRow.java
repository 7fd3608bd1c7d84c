package io.jfio.app.results;

import java.util.Locale;

import io.jfio.engine.output.DirectionFigures;
import io.jfio.engine.output.ReportedJob;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.LatencySummary;

/**
 * One line of the results table: one reported job (a job, or a reporting group merged by
 * {@code group_reporting}) for one direction, with the figures fio's report prints for it: fio's integer
 * bandwidth over whole milliseconds ({@code bw_bytes}), its IOPS ({@code iops}), and the completion latency.
 * Latencies are nanoseconds; a percentile the job did not compute is -1. Immutable; any thread.
 *
 * @param jobName        the job's name (the first job's for a group)
 * @param jobNumber      0-based instance number of the (first) job
 * @param groupId        the reporting group
 * @param jobCount       jobs the row stands for (fio's "jobs=")
 * @param direction      read, write or trim
 * @param ios            I/Os completed (fio's total_ios)
 * @param ioBytes        bytes completed (fio's io_bytes)
 * @param runtimeMillis  the direction's runtime (fio's runtime)
 * @param bytesPerSecond fio's bw_bytes: {@code ioBytes * 1000 / runtimeMillis}, rounded down
 * @param iops           fio's JSON iops: {@code ios * 1000.0 / runtimeMillis}
 */
public record ResultRow(String jobName, int jobNumber, int groupId, int jobCount, String direction, long ios,
                        long ioBytes, long runtimeMillis, long bytesPerSecond, double iops, long clatMinNanos,
                        double clatMeanNanos, long clatMaxNanos, double clatStdevNanos, long p50Nanos,
                        long p90Nanos, long p99Nanos, long p999Nanos, String error) {

    /** The row of one direction of a reported job; {@code figures} must have I/O. */
    public static ResultRow of(ReportedJob entry, DirectionFigures figures) {
        JobResult job = entry.result();
        LatencySummary clat = figures.clat();
        return new ResultRow(job.jobName(), job.jobNumber(), job.groupId(), entry.jobCount(),
                figures.direction().name().toLowerCase(Locale.ROOT), figures.ios(), figures.bytes(),
                figures.runtimeMillis(), figures.bytesPerSecond(), figures.iops(), clat.minNanos(),
                clat.meanNanos(), clat.maxNanos(), clat.stdevNanos(), clat.valueAt(50), clat.valueAt(90),
                clat.valueAt(99), clat.valueAt(99.9), job.failed() ? job.errorMessage() : "");
    }

    /** Bandwidth in KiB/s (fio's JSON "bw" before it is rounded down). */
    public double bandwidthKiBps() {
        return bytesPerSecond / 1024.0;
    }

    /** "seq", "seq #2" for a later numjobs instance, "seq (4 jobs)" for a merged group. */
    public String jobLabel() {
        return RunTables.jobLabel(jobName, jobNumber, jobCount);
    }
}
