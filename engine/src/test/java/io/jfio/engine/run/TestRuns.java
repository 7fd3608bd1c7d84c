package io.jfio.engine.run;

import io.jfio.engine.sample.JobSampler;
import io.jfio.model.job.JobFileParser;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.JobSpec;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.RunResult;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Runs job-file text through the resolver, the settings reader and the runner, quietly. Test thread. */
final class TestRuns {

    private TestRuns() {
    }

    static List<JobSpec> jobs(String text) {
        return JobResolver.standard().resolve(JobFileParser.parse(text, "test.fio")).jobsOrThrow();
    }

    static List<JobSettings> settings(String text) {
        return new JobSettingsReader().readAll(jobs(text), new ArrayList<>());
    }

    static RunResult run(String text) {
        return run(text, RunListener.NONE);
    }

    static RunResult run(String text, RunListener listener) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        JobRunner.RunOptions options = JobRunner.RunOptions.defaults().withSignals(false).withProgress(quiet)
                .withListener(listener);
        try (JobRunner runner = new JobRunner(settings(text), options)) {
            return runner.run();
        }
    }

    static DirectionStats stats(RunResult result, int job, Direction direction) {
        return result.jobs().get(job).stats().direction(direction);
    }

    /** Keeps every job's sampler, to read its running counters (ramp_time included) after the run. */
    static final class SamplerGrab implements RunListener {
        final List<JobSampler> samplers = new ArrayList<>();

        @Override
        public void jobPrepared(JobSettings job, JobSampler sampler) {
            samplers.add(sampler);
        }
    }
}
