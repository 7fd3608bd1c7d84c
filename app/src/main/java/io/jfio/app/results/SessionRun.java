package io.jfio.app.results;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import io.jfio.model.job.JobSpec;
import io.jfio.model.result.RunResult;

/**
 * One run of this session: its number, its name (the job file), the jobs it ran, what it measured, and the
 * sample windows kept while it ran (for comparing runs over time). Immutable once the run has ended (its
 * windows stop changing then); any thread after that.
 */
public record SessionRun(int number, String jobFileName, RunResult result, List<JobSpec> jobs, RunWindows windows) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    public SessionRun {
        jobs = List.copyOf(jobs);
        Objects.requireNonNull(windows, "windows");
    }

    /** A run without kept windows. */
    public SessionRun(int number, String jobFileName, RunResult result, List<JobSpec> jobs) {
        this(number, jobFileName, result, jobs, RunWindows.none());
    }

    /** The run's tables, as the reports would print them. */
    public RunTables tables() {
        return RunTables.of(result, jobs);
    }

    /** "Run 2": how graphs that compare runs name this one. */
    public String shortLabel() {
        return "Run " + number;
    }

    /** "Run 2 · 15:09:05 · randread.fio · 1 job". */
    public String label() {
        return when() + " · " + what();
    }

    /** {@link #label} on two lines, for the narrow list of runs: "Run 2 · 15:09:05", "randread.fio · 1 job". */
    public String twoLineLabel() {
        return when() + "\n" + what();
    }

    private String when() {
        return shortLabel() + " · " + TIME.format(Instant.ofEpochMilli(result.startEpochMillis()));
    }

    private String what() {
        int count = result.jobs().size();
        return jobFileName + " · " + count + (count == 1 ? " job" : " jobs")
                + (result.stoppedBySignal() ? " (stopped)" : "");
    }

    @Override
    public String toString() {
        return label();
    }
}
