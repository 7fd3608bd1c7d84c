package io.jfio.app.results;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import java.util.List;

import io.jfio.model.job.JobSpec;
import io.jfio.model.result.RunResult;

/**
 * One run of this session: its number, its name (the job file), the jobs it ran and what it measured. Immutable; any thread.
 */
public record SessionRun(int number, String jobFileName, RunResult result, List<JobSpec> jobs) {

    public SessionRun {
        jobs = List.copyOf(jobs);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    /** "Run 2 · 15:09:05 · randread.fio · 1 job". */
    public String label() {
        int jobs = result.jobs().size();
        return "Run " + number + " · " + TIME.format(Instant.ofEpochMilli(result.startEpochMillis())) + " · "
                + jobFileName + " · " + jobs + (jobs == 1 ? " job" : " jobs")
                + (result.stoppedBySignal() ? " (stopped)" : "");
    }

    @Override
    public String toString() {
        return label();
    }
}
