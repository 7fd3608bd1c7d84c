package io.jfio.engine.output;

import io.jfio.model.result.JobResult;

import java.util.Objects;

/**
 * One entry of a report, what fio calls a thread's status: a single job, or the jobs of a reporting group
 * merged by {@code group_reporting}. Immutable; any thread.
 *
 * @param result   the job's figures (merged for a group: see {@link JobMerger})
 * @param options  the report options of the (first) job
 * @param jobCount how many jobs it stands for (fio's "jobs=")
 * @param firstJob the position of its (first) job in the run's job order; a group's jobs follow it
 */
public record ReportedJob(JobResult result, JobReportOptions options, int jobCount, int firstJob) {

    public ReportedJob {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(options, "options");
        if (jobCount < 1) {
            throw new IllegalArgumentException("a reported job stands for at least one job, got " + jobCount);
        }
    }

    /** The reporting group. */
    public int groupId() {
        return result.groupId();
    }
}
