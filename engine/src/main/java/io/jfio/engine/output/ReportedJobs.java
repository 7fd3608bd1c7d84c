package io.jfio.engine.output;

import io.jfio.model.result.JobResult;
import io.jfio.model.result.RunResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a run's jobs into the entries a report prints: one per job, except that a job with
 * {@code group_reporting} joins the entry before it when that entry is of the same group and also
 * group-reported, as fio merges a reporting group. Stateless; any thread.
 */
public final class ReportedJobs {

    private ReportedJobs() {
    }

    /**
     * The entries of {@code run}.
     *
     * @param options each job's report options, in the run's job order; missing entries take fio's defaults
     */
    public static List<ReportedJob> of(RunResult run, List<JobReportOptions> options) {
        List<ReportedJob> entries = new ArrayList<>();
        List<JobResult> members = new ArrayList<>();
        JobReportOptions memberOptions = null;
        for (int i = 0; i < run.jobs().size(); i++) {
            JobResult job = run.jobs().get(i);
            JobReportOptions jobOptions = i < options.size() ? options.get(i) : JobReportOptions.DEFAULTS;
            boolean joins = !members.isEmpty() && jobOptions.groupReporting() && memberOptions.groupReporting()
                    && members.get(0).groupId() == job.groupId();
            if (!joins && !members.isEmpty()) {
                entries.add(entry(members, memberOptions, i - members.size()));
                members.clear();
            }
            if (members.isEmpty()) {
                memberOptions = jobOptions;
            }
            members.add(job);
        }
        if (!members.isEmpty()) {
            entries.add(entry(members, memberOptions, run.jobs().size() - members.size()));
        }
        return entries;
    }

    private static ReportedJob entry(List<JobResult> members, JobReportOptions options, int firstJob) {
        return new ReportedJob(JobMerger.merge(members), options, members.size(), firstJob);
    }
}
