package io.jfio.app.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.jfio.engine.output.DirectionFigures;
import io.jfio.engine.output.GroupRunStats;
import io.jfio.engine.output.JobReportOptions;
import io.jfio.engine.output.ReportedJob;
import io.jfio.engine.output.ReportedJobs;
import io.jfio.model.job.JobSpec;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DiskUtil;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.RunResult;

/**
 * Every table of one run, built from the same entries the text and JSON reports print: jobs merged by
 * {@code group_reporting} as {@link ReportedJobs} merges them, "Run status group" figures from
 * {@link GroupRunStats}, per-direction figures from {@link DirectionFigures}. Immutable; any thread.
 *
 * @param rows      per reported job and direction with I/O: IOPS, bandwidth, clat
 * @param latencies per reported job, direction and latency kind recorded (slat, clat, lat)
 * @param rates     per reported job and direction with I/O: bandwidth and IOPS over the averaging windows
 * @param groups    per reporting group and direction with I/O
 * @param cpus      per reported job
 * @param disks     per device, as fio's "Disk stats (read/write)"
 */
public record RunTables(List<ResultRow> rows, List<LatencyRow> latencies, List<RateRow> rates,
                        List<GroupRow> groups, List<CpuRow> cpus, List<DiskUtil> disks) {

    /** No run. */
    public static final RunTables EMPTY = new RunTables(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    public RunTables {
        rows = List.copyOf(rows);
        latencies = List.copyOf(latencies);
        rates = List.copyOf(rates);
        groups = List.copyOf(groups);
        cpus = List.copyOf(cpus);
        disks = List.copyOf(disks);
    }

    /** The tables of {@code result}, whose jobs are {@code jobs} (their report options; fio's defaults if absent). */
    public static RunTables of(RunResult result, List<JobSpec> jobs) {
        List<ReportedJob> entries = ReportedJobs.of(result, JobReportOptions.of(jobs));
        List<GroupRunStats> groupStats = GroupRunStats.of(entries);
        List<ResultRow> rows = new ArrayList<>();
        List<LatencyRow> latencies = new ArrayList<>();
        List<RateRow> rates = new ArrayList<>();
        List<CpuRow> cpus = new ArrayList<>();
        for (ReportedJob entry : entries) {
            JobResult job = entry.result();
            String label = jobLabel(job.jobName(), job.jobNumber(), entry.jobCount());
            for (Direction d : Direction.values()) {
                DirectionFigures figures = DirectionFigures.of(job, d);
                if (!figures.hasIo()) {
                    continue;
                }
                rows.add(ResultRow.of(entry, figures));
                String direction = name(d);
                JobReportOptions options = entry.options();
                // the report's order: slat, clat, lat; a latency without samples is not printed
                addLatency(latencies, label, direction, "slat", figures.slat(), options.slatPercentiles());
                addLatency(latencies, label, direction, "clat", figures.clat(), options.clatPercentiles());
                addLatency(latencies, label, direction, "lat", figures.lat(), options.latPercentiles());
                long groupBytesPerSecond = GroupRunStats.find(groupStats, entry.groupId()).aggregateBytesPerSecond(d);
                rates.add(new RateRow(label, direction, figures.bandwidthKiBps(), figures.iopsSummary(),
                        figures.shareOfGroupPercent(groupBytesPerSecond)));
            }
            cpus.add(new CpuRow(label, job.cpu()));
        }
        return new RunTables(rows, latencies, rates, groups(entries, groupStats), cpus, result.disks());
    }

    private static void addLatency(List<LatencyRow> out, String label, String direction, String kind,
                                   LatencySummary summary, boolean percentiles) {
        if (!summary.isEmpty()) {
            out.add(new LatencyRow(label, direction, kind, summary, percentiles && !summary.percentiles().isEmpty()));
        }
    }

    private static List<GroupRow> groups(List<ReportedJob> entries, List<GroupRunStats> groupStats) {
        List<GroupRow> out = new ArrayList<>();
        for (GroupRunStats group : groupStats) {
            for (Direction d : Direction.values()) {
                if (!group.hasIo(d)) {
                    continue;
                }
                long ios = 0;
                for (ReportedJob entry : entries) {
                    if (entry.groupId() == group.groupId()) {
                        ios += DirectionFigures.of(entry.result(), d).ios();
                    }
                }
                long run = group.maxRuntimeMillis(d);
                out.add(new GroupRow(group.groupId(), name(d), ios, group.ioBytes(d), group.aggregateBytesPerSecond(d),
                        ios * 1000 / run, group.minBytesPerSecond(d), group.maxBytesPerSecond(d),
                        group.minRuntimeMillis(d), run));
            }
        }
        return out;
    }

    /** "seq", "seq #2" for a later numjobs instance, "seq (4 jobs)" for a merged group. */
    static String jobLabel(String jobName, int jobNumber, int jobCount) {
        if (jobCount > 1) {
            return jobName + " (" + jobCount + " jobs)";
        }
        return jobNumber > 0 ? jobName + " #" + (jobNumber + 1) : jobName;
    }

    private static String name(Direction d) {
        return d.name().toLowerCase(Locale.ROOT);
    }
}
