package io.jfio.engine.output.status;

import io.jfio.engine.stats.CounterSnapshot;

import java.util.Objects;

/**
 * What the status line needs to know about one job right now. Immutable; any thread.
 *
 * @param state          where the job is
 * @param openFiles      files it has open (fio's "f=")
 * @param counters       bytes and I/Os completed so far, ramp included, and when they were read (the
 *                       job's {@code JobCounters.snapshot(now)})
 * @param elapsedNanos   time since the job started (0 before)
 * @param plannedBytes   bytes the job will move in all (size times loops, or io_size); 0 when it is bound
 *                       by time only or unknown
 * @param timeLimitNanos its time limit: runtime plus ramp_time; 0 when it has none
 */
public record JobProgress(JobState state, int openFiles, CounterSnapshot counters, long elapsedNanos,
                          long plannedBytes, long timeLimitNanos) {

    public JobProgress {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(counters, "counters");
    }
}
