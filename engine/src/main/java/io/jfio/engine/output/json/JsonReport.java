package io.jfio.engine.output.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.jfio.engine.output.DirectionFigures;
import io.jfio.engine.output.FioFormat;
import io.jfio.engine.output.GroupRunStats;
import io.jfio.engine.output.IntervalFigures;
import io.jfio.engine.output.JobReportOptions;
import io.jfio.engine.output.LatencyShares;
import io.jfio.engine.output.ReportEnvironment;
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
import io.jfio.model.result.Percentile;
import io.jfio.model.result.RateSummary;
import io.jfio.model.result.RunResult;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * fio's JSON report ({@code --output-format=json}, and {@code json+} with the latency bins), with fio
 * 3.x's structure and key names so that scripts written for fio's JSON read jfio's unchanged. Floating
 * point values are written as fio writes them ({@code %f}: six decimals). The document is valid JSON and
 * nothing else, ending with a newline. Periodic reports may add an "interval" object to each job (see
 * {@link #renderPeriodic}). Stateless apart from its settings; any thread.
 */
public final class JsonReport implements RunReport {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String[] DIRECTION_KEYS = {"read", "write", "trim"};

    private final ReportEnvironment environment;
    private final boolean plus;

    /**
     * @param plus true for {@code json+}: latency objects that show percentiles also get fio's "bins"
     */
    public JsonReport(ReportEnvironment environment, boolean plus) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.plus = plus;
    }

    @Override
    public String renderWith(RunResult run, List<JobReportOptions> options) {
        return write(run, options, null);
    }

    /**
     * A periodic ({@code --status-interval}) report: the cumulative figures of {@code snapshot}, and for each
     * job the figures since the previous report in an "interval" object.
     *
     * @param intervals one entry per job of the snapshot, in job order (merged for a reporting group)
     */
    public String renderPeriodic(RunResult snapshot, List<JobReportOptions> options, List<IntervalFigures> intervals) {
        return write(snapshot, options, intervals);
    }

    private String write(RunResult run, List<JobReportOptions> options, List<IntervalFigures> intervals) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            writeDocument(json, run, options, intervals);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.append('\n').toString();
    }

    private void writeDocument(JsonGenerator json, RunResult run, List<JobReportOptions> options,
                               List<IntervalFigures> intervals) throws IOException {
        List<ReportedJob> entries = ReportedJobs.of(run, options);
        List<GroupRunStats> groups = GroupRunStats.of(entries);
        ZonedDateTime now = environment.now();
        json.writeStartObject();
        json.writeStringField("fio version", environment.version());
        json.writeNumberField("timestamp", now.toEpochSecond());
        json.writeNumberField("timestamp_ms", now.toInstant().toEpochMilli());
        json.writeStringField("time", FioFormat.ctime(now));
        if (!run.globalOptions().isEmpty()) {
            writeOptions(json, "global options", run.globalOptions());
        }
        json.writeArrayFieldStart("jobs");
        for (ReportedJob entry : entries) {
            IntervalFigures interval = intervals == null ? null : intervalOf(entry, intervals);
            writeJob(json, entry, GroupRunStats.find(groups, entry.groupId()), interval);
        }
        json.writeEndArray();
        if (!run.disks().isEmpty()) {
            json.writeArrayFieldStart("disk_util");
            for (DiskUtil disk : run.disks()) {
                writeDisk(json, disk);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static IntervalFigures intervalOf(ReportedJob entry, List<IntervalFigures> intervals) {
        IntervalFigures merged = null;
        for (int i = entry.firstJob(); i < entry.firstJob() + entry.jobCount() && i < intervals.size(); i++) {
            IntervalFigures f = intervals.get(i);
            if (f != null) {
                merged = merged == null ? f : merged.plusJob(f);
            }
        }
        return merged;
    }

    private void writeJob(JsonGenerator json, ReportedJob entry, GroupRunStats group, IntervalFigures interval)
            throws IOException {
        JobResult job = entry.result();
        JobReportOptions options = entry.options();
        json.writeStartObject();
        json.writeStringField("jobname", job.jobName());
        json.writeNumberField("groupid", job.groupId());
        json.writeNumberField("error", job.error());
        json.writeNumberField("eta", 0);
        json.writeNumberField("elapsed", (job.elapsedMillis() + 999) / 1000);
        writeOptions(json, "job options", job.options());
        for (Direction d : Direction.values()) {
            writeDirection(json, DirectionFigures.of(job, d), job.issued(), options, group.aggregateBytesPerSecond(d));
        }
        json.writeObjectFieldStart("sync");
        json.writeNumberField("total_ios", job.issued().total()[IssuedCounts.SLOTS - 1]);
        writeLatency(json, "lat_ns", job.syncLatency(), true);
        json.writeEndObject();
        json.writeNumberField("job_runtime", job.runtimeMillis());
        writeDouble(json, "usr_cpu", job.cpu().userPercent());
        writeDouble(json, "sys_cpu", job.cpu().systemPercent());
        json.writeNumberField("ctx", job.cpu().contextSwitches());
        json.writeNumberField("majf", job.cpu().majorFaults());
        json.writeNumberField("minf", job.cpu().minorFaults());
        writeDepths(json, "iodepth_level", job.ioDepths());
        writeDepths(json, "iodepth_submit", job.submitBatches());
        writeDepths(json, "iodepth_complete", job.completeBatches());
        double[] shares = LatencyShares.percents(job);
        writeBuckets(json, "latency_ns", shares, 0, LatencyBuckets.FIRST_USEC);
        writeBuckets(json, "latency_us", shares, LatencyBuckets.FIRST_USEC, LatencyBuckets.FIRST_MSEC);
        writeBuckets(json, "latency_ms", shares, LatencyBuckets.FIRST_MSEC, LatencyBuckets.BUCKET_COUNT);
        json.writeNumberField("latency_depth", options.ioDepth());
        json.writeNumberField("latency_target", options.latencyTargetNanos() / 1_000);
        writeDouble(json, "latency_percentile", options.latencyPercentile());
        json.writeNumberField("latency_window", options.latencyWindowNanos() / 1_000);
        if (!options.description().isEmpty()) {
            json.writeStringField("desc", options.description());
        }
        if (interval != null) {
            IntervalJson.write(json, interval);
        }
        json.writeEndObject();
    }

    private void writeDirection(JsonGenerator json, DirectionFigures f, IssuedCounts issued, JobReportOptions options,
                                long groupBytesPerSecond) throws IOException {
        int slot = f.direction().ordinal();
        long bw = f.bytesPerSecond();
        json.writeObjectFieldStart(DIRECTION_KEYS[slot]);
        json.writeNumberField("io_bytes", f.bytes());
        json.writeNumberField("io_kbytes", f.bytes() >> 10);
        json.writeNumberField("bw_bytes", bw);
        json.writeNumberField("bw", bw / 1024);
        writeDouble(json, "iops", f.iops());
        json.writeNumberField("runtime", f.runtimeMillis());
        json.writeNumberField("total_ios", f.ios());
        json.writeNumberField("short_ios", issued.shortIos()[slot]);
        json.writeNumberField("drop_ios", issued.dropped()[slot]);
        writeLatency(json, "slat_ns", f.slat(), options.slatPercentiles());
        writeLatency(json, "clat_ns", f.clat(), options.clatPercentiles());
        writeLatency(json, "lat_ns", f.lat(), options.latPercentiles());
        RateSummary bwSummary = f.bandwidthKiBps();
        boolean sampled = bwSummary.samples() > 0;
        json.writeNumberField("bw_min", (long) bwSummary.min());
        json.writeNumberField("bw_max", (long) bwSummary.max());
        writeDouble(json, "bw_agg", sampled ? f.shareOfGroupPercent(groupBytesPerSecond) : 0);
        writeDouble(json, "bw_mean", bwSummary.mean());
        writeDouble(json, "bw_dev", bwSummary.stdev());
        json.writeNumberField("bw_samples", bwSummary.samples());
        RateSummary iops = f.iopsSummary();
        json.writeNumberField("iops_min", (long) iops.min());
        json.writeNumberField("iops_max", (long) iops.max());
        writeDouble(json, "iops_mean", iops.mean());
        writeDouble(json, "iops_stddev", iops.stdev());
        json.writeNumberField("iops_samples", iops.samples());
        json.writeEndObject();
    }

    /**
     * A latency object: min, max, mean, stddev, N, and when {@code percentiles} is on and there are samples the
     * "percentile" object (keys as fio's {@code %f} of the percent), plus "bins" for json+.
     */
    void writeLatency(JsonGenerator json, String key, LatencySummary s, boolean percentiles) throws IOException {
        json.writeObjectFieldStart(key);
        writeLatencyFields(json, s);
        if (percentiles && !s.isEmpty() && !s.percentiles().isEmpty()) {
            json.writeObjectFieldStart("percentile");
            for (Percentile p : s.percentiles()) {
                json.writeNumberField(FioFormat.six(p.percent()), p.valueNanos());
            }
            json.writeEndObject();
            if (plus && s.hasHistogram()) {
                json.writeObjectFieldStart("bins");
                for (Map.Entry<Long, Long> bin : s.histogram().fioBins().entrySet()) {
                    json.writeNumberField(Long.toString(bin.getKey()), bin.getValue());
                }
                json.writeEndObject();
            }
        }
        json.writeEndObject();
    }

    /** min, max, mean, stddev and N of a latency summary. */
    static void writeLatencyFields(JsonGenerator json, LatencySummary s) throws IOException {
        json.writeNumberField("min", s.minNanos());
        json.writeNumberField("max", s.maxNanos());
        writeDouble(json, "mean", s.meanNanos());
        writeDouble(json, "stddev", s.stdevNanos());
        json.writeNumberField("N", s.count());
    }

    private static void writeDepths(JsonGenerator json, String key, DepthHistogram histogram) throws IOException {
        int[] edges = histogram.edges();
        long[] counts = histogram.counts();
        long total = histogram.total();
        json.writeObjectFieldStart(key);
        for (int i = 0; i < edges.length; i++) {
            String label = (i == edges.length - 1 ? ">=" : "") + edges[i];
            writeDouble(json, label, FioFormat.share(counts[i], total, 0.1));
        }
        json.writeEndObject();
    }

    private static void writeBuckets(JsonGenerator json, String key, double[] shares, int from, int to)
            throws IOException {
        json.writeObjectFieldStart(key);
        for (int i = from; i < to; i++) {
            writeDouble(json, LatencyBuckets.label(i), shares[i]);
        }
        json.writeEndObject();
    }

    private static void writeOptions(JsonGenerator json, String key, Map<String, String> options) throws IOException {
        json.writeObjectFieldStart(key);
        for (Map.Entry<String, String> option : options.entrySet()) {
            json.writeStringField(option.getKey(), option.getValue());
        }
        json.writeEndObject();
    }

    private static void writeDisk(JsonGenerator json, DiskUtil disk) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", disk.name());
        json.writeNumberField("read_ios", disk.readIos());
        json.writeNumberField("write_ios", disk.writeIos());
        json.writeNumberField("read_merges", disk.readMerges());
        json.writeNumberField("write_merges", disk.writeMerges());
        json.writeNumberField("read_ticks", disk.readTicksMillis());
        json.writeNumberField("write_ticks", disk.writeTicksMillis());
        json.writeNumberField("in_queue", disk.inQueueMillis());
        writeDouble(json, "util", disk.utilPercent());
        json.writeEndObject();
    }

    /** A floating-point field written as fio writes it: {@code %f}. */
    static void writeDouble(JsonGenerator json, String key, double value) throws IOException {
        json.writeFieldName(key);
        if (Double.isFinite(value)) {
            json.writeNumber(FioFormat.six(value));
        } else {
            json.writeNumber(FioFormat.six(0)); // JSON has no NaN or infinity
        }
    }
}
