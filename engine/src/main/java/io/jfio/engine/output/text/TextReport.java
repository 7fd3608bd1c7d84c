package io.jfio.engine.output.text;

import io.jfio.engine.output.DirectionFigures;
import io.jfio.engine.output.FioFormat;
import io.jfio.engine.output.FioFormat.Unit;
import io.jfio.engine.output.GroupRunStats;
import io.jfio.engine.output.JobReportOptions;
import io.jfio.engine.output.LatencyShares;
import io.jfio.engine.output.ReportEnvironment;
import io.jfio.engine.output.ReportUnits;
import io.jfio.engine.output.ReportedJob;
import io.jfio.engine.output.ReportedJobs;
import io.jfio.engine.output.RunReport;
import io.jfio.model.result.DepthHistogram;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DiskUtil;
import io.jfio.model.result.IssuedCounts;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.LatencyBuckets;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.RateSummary;
import io.jfio.model.result.RunResult;

import java.util.List;
import java.util.Objects;

/**
 * fio's normal text report ({@code --output-format=normal}): per reported job its header line, per
 * direction the IOPS/BW line, slat/clat/lat lines, percentile blocks, bw and iops summaries, then the
 * latency buckets, sync latency, cpu, I/O depth lines; then the "Run status group" lines and the disk
 * stats. Same sections, order, units and rounding as fio 3.33. Starts with an empty line, as fio's does.
 * Stateless apart from its environment; any thread.
 */
public final class TextReport implements RunReport {

    private static final String[] GROUP_LABELS = {"   READ", "  WRITE", "   TRIM"};

    private final ReportEnvironment environment;

    public TextReport(ReportEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public String renderWith(RunResult run, List<JobReportOptions> options) {
        List<ReportedJob> entries = ReportedJobs.of(run, options);
        List<GroupRunStats> groups = GroupRunStats.of(entries);
        String date = FioFormat.ctime(environment.now());
        StringBuilder out = new StringBuilder("\n");
        for (ReportedJob entry : entries) {
            appendJob(out, entry, GroupRunStats.find(groups, entry.groupId()), date);
        }
        for (GroupRunStats group : groups) {
            appendGroup(out, group);
        }
        if (!run.disks().isEmpty()) {
            out.append("\nDisk stats (read/write):\n");
            for (DiskUtil disk : run.disks()) {
                out.append("  ").append(disk.name()).append(": ios=").append(disk.readIos()).append('/')
                        .append(disk.writeIos()).append(", merge=").append(disk.readMerges()).append('/')
                        .append(disk.writeMerges()).append(", ticks=").append(disk.readTicksMillis()).append('/')
                        .append(disk.writeTicksMillis()).append(", in_queue=").append(disk.inQueueMillis())
                        .append(", util=").append(FioFormat.fixed(disk.utilPercent(), 2)).append("%\n");
            }
        }
        return out.toString();
    }

    private void appendJob(StringBuilder out, ReportedJob entry, GroupRunStats group, String date) {
        JobResult job = entry.result();
        JobReportOptions options = entry.options();
        out.append(job.jobName()).append(": (groupid=").append(job.groupId()).append(", jobs=")
                .append(entry.jobCount()).append("): err=").append(FioFormat.padLeft(job.error(), 2));
        if (!job.errorMessage().isEmpty()) {
            out.append(" (").append(job.errorMessage()).append(')');
        }
        out.append(": pid=").append(environment.pid()).append(": ").append(date).append('\n');
        if (!options.description().isEmpty()) {
            out.append("  Description  : [").append(options.description()).append("]\n");
        }
        for (Direction d : Direction.values()) {
            DirectionFigures figures = DirectionFigures.of(job, d);
            if (figures.hasIo()) {
                appendDirection(out, figures, options, group.units(), group.aggregateBytesPerSecond(d));
            }
        }
        appendLatencyBuckets(out, job.stats().latencyBuckets(), LatencyShares.percents(job));
        LatencySummary sync = job.syncLatency();
        if (!sync.isEmpty()) {
            out.append("  fsync/fdatasync/sync_file_range:\n");
            out.append(latencyLine("sync", sync));
            out.append(PercentileBlock.render("sync", sync.percentiles(), decimals(options, sync)));
        }
        out.append("  cpu          : usr=").append(FioFormat.fixed(job.cpu().userPercent(), 2))
                .append("%, sys=").append(FioFormat.fixed(job.cpu().systemPercent(), 2))
                .append("%, ctx=").append(job.cpu().contextSwitches()).append(", majf=")
                .append(job.cpu().majorFaults()).append(", minf=").append(job.cpu().minorFaults()).append('\n');
        out.append("  IO depths    : ").append(depths(job.ioDepths())).append('\n');
        out.append("     submit    : ").append(depths(job.submitBatches())).append('\n');
        out.append("     complete  : ").append(depths(job.completeBatches())).append('\n');
        IssuedCounts issued = job.issued();
        out.append("     issued rwts: total=").append(joined(issued.total())).append(" short=")
                .append(joined(issued.shortIos())).append(" dropped=").append(joined(issued.dropped())).append('\n');
        out.append("     latency   : target=").append(options.latencyTargetNanos() / 1_000).append(", window=")
                .append(options.latencyWindowNanos() / 1_000).append(", percentile=")
                .append(FioFormat.fixed(options.latencyPercentile(), 2)).append("%, depth=")
                .append(options.ioDepth()).append('\n');
    }

    private static void appendDirection(StringBuilder out, DirectionFigures f, JobReportOptions options,
                                        ReportUnits units, long groupBytesPerSecond) {
        out.append("  ").append(f.direction().label()).append(": IOPS=")
                .append(FioFormat.shorten(f.iopsRounded(), 4, 1, false, Unit.NONE))
                .append(", BW=").append(units.ratePair(f.bytesPerSecond())).append('(')
                .append(units.size(f.bytes(), true)).append('/')
                .append(f.runtimeMillis()).append("msec)");
        if (f.direction() == Direction.WRITE) {
            out.append("; 0 zone resets"); // jfio does not drive zoned devices
        }
        out.append('\n');
        if (!f.slat().isEmpty()) {
            out.append(latencyLine("slat", f.slat()));
        }
        if (!f.clat().isEmpty()) {
            out.append(latencyLine("clat", f.clat()));
        }
        if (!f.lat().isEmpty()) {
            out.append(latencyLine(" lat", f.lat()));
        }
        if (options.slatPercentiles()) {
            out.append(PercentileBlock.render("slat", f.slat().percentiles(), decimals(options, f.slat())));
        }
        if (options.clatPercentiles()) {
            out.append(PercentileBlock.render("clat", f.clat().percentiles(), decimals(options, f.clat())));
        }
        if (options.latPercentiles()) {
            out.append(PercentileBlock.render("lat", f.lat().percentiles(), decimals(options, f.lat())));
        }
        appendBandwidth(out, f.bandwidthKiBps(), f.shareOfGroupPercent(groupBytesPerSecond), units);
        RateSummary iops = f.iopsSummary();
        if (iops.samples() > 0) {
            out.append("   iops        : min=").append(FioFormat.padLeft((long) iops.min(), 5))
                    .append(", max=").append(FioFormat.padLeft((long) iops.max(), 5))
                    .append(", avg=").append(FioFormat.fixed(iops.mean(), 5, 2))
                    .append(", stdev=").append(FioFormat.fixed(iops.stdev(), 5, 2))
                    .append(", samples=").append(iops.samples()).append('\n');
        }
    }

    // fio keeps KiB numbers under a "kB" label with kb_base=1000, and divides by kb_base for "MiB"
    static void appendBandwidth(StringBuilder out, RateSummary bw, double sharePercent, ReportUnits units) {
        if (bw.samples() == 0) {
            return;
        }
        long min = (long) bw.min();
        long max = (long) bw.max();
        double mean = bw.mean();
        double stdev = bw.stdev();
        String unit = units.bandwidthLabel(mean);
        if (units.bandwidthInMega(mean)) {
            min /= units.kbBase();
            max /= units.kbBase();
            mean /= units.kbBase();
            stdev /= units.kbBase();
        }
        out.append("   bw (").append(FioFormat.padLeft(unit, 5)).append("/s): min=").append(FioFormat.padLeft(min, 5))
                .append(", max=").append(FioFormat.padLeft(max, 5))
                .append(", per=").append(FioFormat.fixed(sharePercent, 2))
                .append("%, avg=").append(FioFormat.fixed(mean, 5, 2))
                .append(", stdev=").append(FioFormat.fixed(stdev, 5, 2))
                .append(", samples=").append(bw.samples()).append('\n');
    }

    /** A "    clat (usec): min=.., max=.., avg=.., stdev=.." line. */
    static String latencyLine(String name, LatencySummary s) {
        LatencyScale scale = LatencyScale.forLine(s.minNanos(), s.maxNanos(), s.stdevNanos());
        double divisor = scale.divisor();
        return "    " + name + " (" + scale.label() + "): min="
                + FioFormat.shorten(scale.floor(s.minNanos()), 6, 1, false, Unit.NONE)
                + ", max=" + FioFormat.shorten(scale.floor(s.maxNanos()), 6, 1, false, Unit.NONE)
                + ", avg=" + FioFormat.fixed(s.meanNanos() / divisor, 5, 2)
                + ", stdev=" + FioFormat.fixed(s.stdevNanos() / divisor, 5, 2) + "\n";
    }

    private static int decimals(JobReportOptions options, LatencySummary summary) {
        if (options.percentilePrecision() >= 0) {
            return options.percentilePrecision();
        }
        return JobReportOptions.decimalsOf(summary.percentiles().stream().map(p -> p.percent()).toList());
    }

    /** The "  lat (nsec)   : 2=..%, 4=..%" lines: non-empty buckets, five a line, a new line per unit. */
    static void appendLatencyBuckets(StringBuilder out, LatencyBuckets buckets, double[] percents) {
        String unit = null;
        int onLine = 0;
        for (int i = 0; i < LatencyBuckets.BUCKET_COUNT; i++) {
            if (buckets.count(i) == 0) {
                continue;
            }
            if (!LatencyBuckets.unit(i).equals(unit) || onLine == 5) {
                if (unit != null) {
                    out.append('\n');
                }
                unit = LatencyBuckets.unit(i);
                out.append("  lat (").append(unit).append(")   : ");
                onLine = 0;
            }
            if (onLine > 0) {
                out.append(", ");
            }
            out.append(LatencyBuckets.label(i)).append('=')
                    .append(FioFormat.fixed(percents[i], 2)).append('%');
            onLine++;
        }
        if (unit != null) {
            out.append('\n');
        }
    }

    /** "1=100.0%, 2=0.0%, ..., >=64=0.0%". */
    static String depths(DepthHistogram histogram) {
        int[] edges = histogram.edges();
        long[] counts = histogram.counts();
        long total = histogram.total();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < edges.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(depthLabel(edges, i)).append('=')
                    .append(FioFormat.fixed(FioFormat.share(counts[i], total, 0.1), 1)).append('%');
        }
        return out.toString();
    }

    /** fio's label of a depth bucket: its edge, the last one as "&gt;=64". */
    public static String depthLabel(int[] edges, int index) {
        return (index == edges.length - 1 ? ">=" : "") + edges[index];
    }

    private static String joined(long[] values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            out.append(i > 0 ? "," : "").append(values[i]);
        }
        return out.toString();
    }

    private static void appendGroup(StringBuilder out, GroupRunStats group) {
        out.append("\nRun status group ").append(group.groupId()).append(" (all jobs):\n");
        for (Direction d : Direction.values()) {
            if (!group.hasIo(d)) {
                continue;
            }
            ReportUnits u = group.units();
            long min = group.minBytesPerSecond(d);
            long max = group.maxBytesPerSecond(d);
            out.append(GROUP_LABELS[d.ordinal()]).append(": bw=").append(u.ratePair(group.aggregateBytesPerSecond(d)))
                    .append(", ").append(u.rate(min, true)).append('-').append(u.rate(max, true)).append(" (")
                    .append(u.rate(min, false)).append('-').append(u.rate(max, false)).append("), io=")
                    .append(u.size(group.ioBytes(d), true)).append(" (")
                    .append(u.size(group.ioBytes(d), false)).append("), run=")
                    .append(group.minRuntimeMillis(d)).append('-').append(group.maxRuntimeMillis(d))
                    .append("msec\n");
        }
    }
}
