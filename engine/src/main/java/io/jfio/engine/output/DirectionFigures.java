package io.jfio.engine.output;

import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.RateSummary;

/**
 * One direction of one reported job with the derived figures fio prints, computed with fio's integer
 * arithmetic on whole milliseconds: bandwidth is {@code bytes * 1000 / runtime} bytes per second, rounded
 * down. A direction the job did not sample is all zeros. Immutable; any thread.
 *
 * @param direction the direction
 * @param stats     the job's figures, or {@code null} when the job does not sample this direction
 * @param runtimeMillis the direction's runtime in whole milliseconds (at least 1 once it did I/O; 0 without I/O)
 */
public record DirectionFigures(Direction direction, DirectionStats stats, long runtimeMillis) {

    /** The figures of {@code direction} in {@code job}. */
    public static DirectionFigures of(JobResult job, Direction direction) {
        DirectionStats stats = job.stats().direction(direction);
        long runtime = 0;
        if (stats != null && (stats.ios() > 0 || stats.bytes() > 0)) {
            runtime = Math.max(1, stats.runtimeNanos() / 1_000_000);
        }
        return new DirectionFigures(direction, stats, runtime);
    }

    /** True if the direction completed any I/O. */
    public boolean hasIo() {
        return stats != null && (stats.ios() > 0 || stats.bytes() > 0);
    }

    public long bytes() {
        return stats == null ? 0 : stats.bytes();
    }

    public long ios() {
        return stats == null ? 0 : stats.ios();
    }

    /** fio's bw_bytes: bytes per second over the runtime, rounded down. */
    public long bytesPerSecond() {
        return runtimeMillis == 0 ? 0 : multiplyThenDivide(bytes(), 1000, runtimeMillis);
    }

    /** fio's IOPS= of the text report: I/Os per second, rounded down. */
    public long iopsRounded() {
        return runtimeMillis == 0 ? 0 : multiplyThenDivide(ios(), 1000, runtimeMillis);
    }

    /** fio's JSON iops: I/Os per second. */
    public double iops() {
        return runtimeMillis == 0 ? 0 : ios() * 1000.0 / runtimeMillis;
    }

    public LatencySummary clat() {
        return stats == null ? LatencySummary.EMPTY : stats.clat();
    }

    public LatencySummary lat() {
        return stats == null ? LatencySummary.EMPTY : stats.lat();
    }

    public LatencySummary slat() {
        return stats == null ? LatencySummary.EMPTY : stats.slat();
    }

    public RateSummary bandwidthKiBps() {
        return stats == null ? RateSummary.EMPTY : stats.bandwidthKiBps();
    }

    public RateSummary iopsSummary() {
        return stats == null ? RateSummary.EMPTY : stats.iops();
    }

    /** {@code value * factor / divisor} rounded down, without overflow for any count a run can reach. */
    static long multiplyThenDivide(long value, long factor, long divisor) {
        return value / divisor * factor + value % divisor * factor / divisor;
    }

    /**
     * fio's "per=" and JSON bw_agg: the job's mean window bandwidth as a share of its group's aggregate
     * bandwidth, at most 100 %; 100 when the group has none.
     */
    public double shareOfGroupPercent(long groupBytesPerSecond) {
        if (groupBytesPerSecond <= 0) {
            return 100.0;
        }
        double kib = groupBytesPerSecond / 1024.0; // not rounded to whole KiB: fio 3.33 prints per=99.95% for 3072 of 3073.5
        return kib <= 0 ? 100.0 : Math.min(100.0, bandwidthKiBps().mean() * 100 / kib);
    }
}
