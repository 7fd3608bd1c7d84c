package io.jfio.engine.output.status;

import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.RunResult;

import java.util.List;

/**
 * What the job runner tells the status display while a run is going. The {@link StatusReporter}'s thread
 * calls these methods; an implementation must let them run concurrently with the jobs.
 */
public interface StatusSource {

    /**
     * Every job's state and counters now, one entry per job in job order (the order of the run's
     * {@code JobSpec}s and of {@code RunResult.jobs()}). Called about once per {@code --eta-interval}; keep it cheap.
     */
    List<JobProgress> progress();

    /**
     * The cumulative results so far, as the final report would show them if the run ended now (jobs not
     * started yet with empty figures). Called once per {@code --status-interval}.
     */
    RunResult snapshot();

    /**
     * The sample windows closed since the previous call, of any job, in any order: the figures of a periodic
     * JSON report's "interval" objects. {@link io.jfio.model.result.IntervalSample#jobIndex()} must be the job's
     * 1-based position in job order. Called often while {@code --status-interval} is set; the default has none.
     */
    default List<IntervalSample> drainWindows() {
        return List.of();
    }
}
