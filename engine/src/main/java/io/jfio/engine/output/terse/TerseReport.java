package io.jfio.engine.output.terse;

import io.jfio.engine.output.DirectionFigures;
import io.jfio.engine.output.FioFormat;
import io.jfio.engine.output.GroupRunStats;
import io.jfio.engine.output.JobReportOptions;
import io.jfio.engine.output.LatencyShares;
import io.jfio.engine.output.ReportEnvironment;
import io.jfio.engine.output.ReportedJob;
import io.jfio.engine.output.ReportedJobs;
import io.jfio.engine.output.RunReport;
import io.jfio.model.result.DepthHistogram;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DiskUtil;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.LatencyBuckets;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.RateSummary;
import io.jfio.model.result.RunResult;

import java.util.List;
import java.util.Objects;

/**
 * fio's terse output, version 3 ({@code --output-format=terse}, {@code --minimal}): one semicolon-separated
 * line per reported job, field by field as fio's HOWTO ("Terse output") lists them: version, program
 * version, job name, group, error; for reads and then writes the KiB moved, bandwidth (KiB/s), IOPS and
 * runtime, slat/clat min/max/mean/stdev in microseconds, 20 completion-latency percentile fields
 * ({@code 99.000000%=VALUE}, unused ones {@code 0%=0}), total latency, and bandwidth min/max/share/mean/stdev;
 * then CPU, the 7 I/O depth shares, 10 microsecond and 12 millisecond latency shares, each disk's 9 fields,
 * and the description if there is one. That is 121 fields, plus 9 per disk. Stateless apart from its
 * environment; any thread.
 */
public final class TerseReport implements RunReport {

    /** The terse version written. */
    public static final int VERSION = 3;
    /** Percentile fields per direction. */
    public static final int PERCENTILE_FIELDS = 20;

    private final ReportEnvironment environment;

    public TerseReport(ReportEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public String renderWith(RunResult run, List<JobReportOptions> options) {
        List<ReportedJob> entries = ReportedJobs.of(run, options);
        List<GroupRunStats> groups = GroupRunStats.of(entries);
        StringBuilder out = new StringBuilder();
        for (ReportedJob entry : entries) {
            out.append(line(entry, GroupRunStats.find(groups, entry.groupId()), run.disks())).append('\n');
        }
        return out.toString();
    }

    private String line(ReportedJob entry, GroupRunStats group, List<DiskUtil> disks) {
        JobResult job = entry.result();
        Fields f = new Fields();
        f.add(VERSION).add(environment.version()).add(job.jobName()).add(job.groupId()).add(job.error());
        for (Direction d : new Direction[] {Direction.READ, Direction.WRITE}) {
            addDirection(f, DirectionFigures.of(job, d), entry.options(), group.aggregateBytesPerSecond(d));
        }
        f.add(FioFormat.six(job.cpu().userPercent()) + "%").add(FioFormat.six(job.cpu().systemPercent()) + "%")
                .add(job.cpu().contextSwitches()).add(job.cpu().majorFaults()).add(job.cpu().minorFaults());
        addDepths(f, job.ioDepths());
        addLatencyShares(f, job);
        for (DiskUtil disk : disks) {
            f.add(disk.name()).add(disk.readIos()).add(disk.writeIos()).add(disk.readMerges()).add(disk.writeMerges())
                    .add(disk.readTicksMillis()).add(disk.writeTicksMillis()).add(disk.inQueueMillis())
                    .add(FioFormat.fixed(disk.utilPercent(), 2) + "%");
        }
        if (!entry.options().description().isEmpty()) {
            f.add(entry.options().description());
        }
        return f.toString();
    }

    private static void addDirection(Fields f, DirectionFigures d, JobReportOptions options, long groupBytesPerSecond) {
        f.add(d.bytes() >> 10).add(d.bytesPerSecond() / 1024).add(d.iopsRounded()).add(d.runtimeMillis());
        addLatency(f, d.slat());
        addLatency(f, d.clat());
        LatencySummary percentileSource = options.latPercentiles() ? d.lat() : options.clatPercentiles() ? d.clat() : null;
        List<Double> percents = percentileSource == null ? List.of() : options.percents();
        for (int i = 0; i < PERCENTILE_FIELDS; i++) {
            if (i < percents.size()) {
                long nanos = Math.max(0, percentileSource.valueAt(percents.get(i)));
                f.add(FioFormat.six(percents.get(i)) + "%=" + nanos / 1_000);
            } else {
                f.add("0%=0");
            }
        }
        addLatency(f, d.lat());
        RateSummary bw = d.bandwidthKiBps();
        boolean sampled = bw.samples() > 0;
        f.add((long) bw.min()).add((long) bw.max())
                .add(FioFormat.six(sampled ? d.shareOfGroupPercent(groupBytesPerSecond) : 0) + "%")
                .add(FioFormat.six(bw.mean())).add(FioFormat.six(bw.stdev()));
    }

    /** min and max in whole microseconds, mean and stdev in microseconds with six decimals. */
    private static void addLatency(Fields f, LatencySummary s) {
        f.add(s.minNanos() / 1_000).add(s.maxNanos() / 1_000).add(FioFormat.six(s.meanNanos() / 1_000))
                .add(FioFormat.six(s.stdevNanos() / 1_000));
    }

    private static void addDepths(Fields f, DepthHistogram depths) {
        long[] counts = depths.counts();
        long total = depths.total();
        for (long count : counts) {
            f.add(FioFormat.fixed(FioFormat.share(count, total, 0.1), 1) + "%");
        }
    }

    // terse v3 has no nanosecond buckets: fio counts them in the first microsecond bucket ("<=2")
    private static void addLatencyShares(Fields f, JobResult job) {
        LatencyBuckets buckets = job.stats().latencyBuckets();
        long total = LatencyShares.total(job);
        long belowTwoMicros = 0;
        for (int i = 0; i <= LatencyBuckets.FIRST_USEC; i++) {
            belowTwoMicros += buckets.count(i);
        }
        f.add(percent(belowTwoMicros, total));
        for (int i = LatencyBuckets.FIRST_USEC + 1; i < LatencyBuckets.BUCKET_COUNT; i++) {
            f.add(percent(buckets.count(i), total));
        }
    }

    private static String percent(long count, long total) {
        return FioFormat.fixed(FioFormat.share(count, total, LatencyShares.FLOOR_PERCENT), 2) + "%";
    }

    /** Semicolon-joined fields. */
    private static final class Fields {
        private final StringBuilder line = new StringBuilder();

        Fields add(Object value) {
            if (!line.isEmpty()) {
                line.append(';');
            }
            line.append(value);
            return this;
        }

        @Override
        public String toString() {
            return line.toString();
        }
    }
}
