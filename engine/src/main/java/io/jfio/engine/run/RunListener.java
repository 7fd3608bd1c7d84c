package io.jfio.engine.run;

import io.jfio.engine.output.status.JobProgress;
import io.jfio.engine.output.status.JobState;
import io.jfio.engine.sample.JobSampler;

import java.util.List;

/**
 * What a run tells its watchers (the status line, --status-interval, the GUI). Every method has an
 * empty default. {@link #jobPrepared} is called on the runner's thread before any job starts (subscribe
 * to the sampler there); {@link #jobStateChanged} on the job's worker thread; {@link #progress} on the
 * runner's thread about every {@link JobRunner#PROGRESS_MILLIS} ms while jobs run. Implementations must
 * return quickly and must not call back into the runner.
 */
public interface RunListener {

    /** A job's sampler exists and has not started: the place to {@link JobSampler#subscribe}. */
    default void jobPrepared(JobSettings job, JobSampler sampler) {
    }

    /** A job moved to {@code state}. */
    default void jobStateChanged(JobProgress job, JobState state) {
    }

    /** Every job's progress, in run order. */
    default void progress(List<JobProgress> jobs) {
    }

    /** No listener. */
    RunListener NONE = new RunListener() {
    };
}
