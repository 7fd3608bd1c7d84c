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
 * fio's terse output ({@code --output-format=terse}, {@code --minimal}): one semicolon-separated line per
 * reported job, field by field as fio 3.33's HOWTO ("Terse output") lists them and writes them. Version 3
 * (the default): version, program version, job name, group, error; for reads and then writes the KiB moved,
 * bandwidth (KiB/s), IOPS and runtime, slat/clat min/max/mean/stdev in microseconds, 20 completion-latency
 * percentile fields ({@code 99.000000%=VALUE}, unused ones {@code 0%=0}), total latency, and bandwidth
 * min/max/share/mean/stdev; then CPU, the 7 I/O depth shares, 10 microsecond and 12 millisecond latency
 * shares, each disk's 9 fields, and the description if there is one: 121 fields, plus 9 per disk.
 * The other versions differ from it:
 * <ul>
 *   <li>2: no program version; trims after writes; no disk fields; the description on a line of its own
 *       that starts with a semicolon (161 fields);</li>
 *   <li>4: trims after writes (162 fields, plus 9 per disk);</li>
 *   <li>5: as 4, and each direction adds the bandwidth sample count and IOPS min/max/mean/stdev/samples
 *       (180 fields, plus 9 per disk).</li>
 * </ul>
 * Stateless apart from its environment and version; any thread.
 */
public final class TerseReport implements RunReport {

    /** The terse version fio writes by default. */
    public static final int DEFAULT_VERSION = 3;
    /** Percentile fields per direction. */
    public static final int PERCENTILE_FIELDS = 20;

    private static final Direction[] READ_WRITE = {Direction.READ, Direction.WRITE};
    private static final Direction[] READ_WRITE_TRIM = {Direction.READ, Direction.WRITE, Direction.TRIM};

    private final ReportEnvironment environment;
    private final int version;

    /** A writer of the default version, 3. */
    public TerseReport(ReportEnvironment environment) {
        this(environment, DEFAULT_VERSION);
    }

    /**
     * A writer of terse {@code version}.
     *
     * @throws IllegalArgumentException if {@code version} is not 2, 3, 4 or 5
     */
    public TerseReport(ReportEnvironment environment, int version) {
        this.environment = Objects.requireNonNull(environment, "environment");
        if (!isVersion(version)) {
            throw new IllegalArgumentException("terse version " + version + " is not one of 2, 3, 4, 5");
        }
        this.version = version;
    }

    /** True if fio writes terse {@code version}: 2, 3, 4 or 5. */
    public static boolean isVersion(int version) {
        return version >= 2 && version <= 5;
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
        f.add(version);
        if (version >= 3) {
            f.add(environment.version());
        }
        f.add(job.jobName()).add(job.groupId()).add(job.error());
        for (Direction d : version == 3 ? READ_WRITE : READ_WRITE_TRIM) {
            addDirection(f, DirectionFigures.of(job, d), entry.options(), group.aggregateBytesPerSecond(d));
        }
        f.add(FioFormat.six(job.cpu().userPercent()) + "%").add(FioFormat.six(job.cpu().systemPercent()) + "%")
                .add(job.cpu().contextSwitches()).add(job.cpu().majorFaults()).add(job.cpu().minorFaults());
        addDepths(f, job.ioDepths());
        addLatencyShares(f, job);
        for (DiskUtil disk : version >= 3 ? disks : List.<DiskUtil>of()) {
            f.add(disk.name()).add(disk.readIos()).add(disk.writeIos()).add(disk.readMerges()).add(disk.writeMerges())
                    .add(disk.readTicksMillis()).add(disk.writeTicksMillis()).add(disk.inQueueMillis())
                    .add(FioFormat.fixed(disk.utilPercent(), 2) + "%");
        }
        String description = entry.options().description();
        if (description.isEmpty()) {
            return f.toString();
        }
        return version == 2 ? f + "\n;" + description : f.add(description).toString();
    }

    private void addDirection(Fields f, DirectionFigures d, JobReportOptions options, long groupBytesPerSecond) {
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
        if (version >= 5) {
            RateSummary iops = d.iopsSummary();
            f.add(bw.samples()).add((long) iops.min()).add((long) iops.max()).add(FioFormat.six(iops.mean()))
                    .add(FioFormat.six(iops.stdev())).add(iops.samples());
        }
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
