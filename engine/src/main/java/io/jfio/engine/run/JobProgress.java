package io.jfio.engine.run;

import io.jfio.engine.stats.CounterSnapshot;

import java.util.Objects;

/**
 * One job's progress at a moment, for a status line ({@code [r(1)][40.0%][r=512MiB/s][eta 00m:06s]}):
 * state, share done, time left, and the running counters (subtract an earlier snapshot for live rates;
 * they include ramp_time). Immutable; any thread.
 *
 * @param jobName       the job's name
 * @param jobIndex      1-based position in the run
 * @param groupId       reporting group
 * @param state         where the job is
 * @param reads         whether the job reads (fio's status shows r, w or m per running job)
 * @param writes        whether the job writes
 * @param percentDone   0 to 100; by time for time_based or runtime-limited jobs, else by bytes
 * @param etaSeconds    seconds left, or -1 when unknown
 * @param elapsedNanos  time since the job started its I/O (0 before)
 * @param counters      bytes and I/Os completed so far per direction
 */
public record JobProgress(String jobName, int jobIndex, int groupId, JobState state, boolean reads, boolean writes,
                          double percentDone, long etaSeconds, long elapsedNanos, CounterSnapshot counters) {

    public JobProgress {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(counters, "counters");
    }
}
