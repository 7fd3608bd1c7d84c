package io.jfio.engine.output;

import io.jfio.model.job.JobSpec;
import io.jfio.model.result.RunResult;

import java.util.List;

/** One report format: a run's results as text. Implementations are stateless; any thread. */
public interface RunReport {

    /** The report of {@code run} with each job's report options, in the run's job order. */
    String renderWith(RunResult run, List<JobReportOptions> options);

    /** The report of {@code run}, whose jobs are {@code specs} in the same order. */
    default String render(RunResult run, List<JobSpec> specs) {
        return renderWith(run, JobReportOptions.of(specs));
    }
}
