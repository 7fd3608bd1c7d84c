package io.jfio.engine.output.status;

import io.jfio.engine.stats.CounterSnapshot;
import io.jfio.model.result.Direction;

import java.util.Objects;

/**
 * One job at a moment, as the runner reports it to the status line, the ETA and the GUI: who it is, where
 * it is, what it has done and what it plans to do. Immutable; any thread.
 *
 * @param jobName        the job's name
 * @param jobIndex       1-based position in the run (job order)
 * @param groupId        reporting group
 * @param state          where the job is
 * @param openFiles      files it has open (fio's "f=")
 * @param counters       bytes and I/Os completed so far, ramp_time included, and when they were read
 *                       (subtract an earlier snapshot for live rates)
 * @param elapsedNanos   time since the job started its I/O (0 before)
 * @param plannedBytes   bytes the job will move in all (size or io_size, times loops); 0 when it is bound
 *                       by time only or unknown
 * @param plannedIos     I/Os the job will issue in all (number_ios times loops); 0 when not set
 * @param timeLimitNanos its time limit: runtime plus ramp_time; 0 when it has none
 */
public record JobProgress(String jobName, int jobIndex, int groupId, JobState state, int openFiles,
                          CounterSnapshot counters, long elapsedNanos, long plannedBytes, long plannedIos,
                          long timeLimitNanos) {

    /** {@link #nanosLeft} when nothing allows an estimate. */
    public static final long UNKNOWN = -1;

    public JobProgress {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(counters, "counters");
    }

    /**
     * The job's time left, or {@link #UNKNOWN}: 0 once ended; its time limit while pending; while running,
     * the nearer of what its time limit leaves and the time its remaining I/Os (or bytes) take at its pace
     * so far.
     */
    public long nanosLeft() {
        if (state.ended()) {
            return 0;
        }
        if (state.pending()) {
            return timeLimitNanos > 0 ? timeLimitNanos : UNKNOWN;
        }
        long byTime = timeLimitNanos > 0 ? Math.max(0, timeLimitNanos - elapsedNanos) : Long.MAX_VALUE;
        double share = shareOfWorkDone();
        long byWork = share > 0 ? (long) (elapsedNanos * (1 - Math.min(1, share)) / share) : Long.MAX_VALUE;
        long left = Math.min(byTime, byWork);
        return left == Long.MAX_VALUE ? UNKNOWN : left;
    }

    /** The share of the job done, 0 to 100 (100 once ended, 0 while pending); -1 when unknown. */
    public double percentDone() {
        if (state.ended()) {
            return 100;
        }
        if (state.pending()) {
            return 0;
        }
        long left = nanosLeft();
        if (left == UNKNOWN) {
            return -1;
        }
        return elapsedNanos + left == 0 ? 0 : 100.0 * elapsedNanos / ((double) elapsedNanos + left);
    }

    // The planned I/Os when the job counts I/Os, else the planned bytes; -1 when it plans neither.
    private double shareOfWorkDone() {
        long bytes = 0;
        long ios = 0;
        for (Direction d : Direction.values()) {
            bytes += counters.bytes(d);
            ios += counters.ios(d);
        }
        if (plannedIos > 0) {
            return (double) ios / plannedIos;
        }
        return plannedBytes > 0 ? (double) bytes / plannedBytes : -1;
    }
}
