package io.jfio.engine.output;

import io.jfio.model.result.CpuUsage;
import io.jfio.model.result.DepthHistogram;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.IssuedCounts;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.JobStats;
import io.jfio.model.result.LatencyBuckets;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Percentile;
import io.jfio.model.result.RateSummary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made results for the report tests, and the fio 3.33 reference outputs. */
public final class Fixtures {

    /** fio's default percentile list. */
    public static final double[] FIO_PERCENTS = {1, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 99, 99.5, 99.9, 99.95, 99.99};

    private Fixtures() {
    }

    /** A latency summary with percentiles at {@code percents}. */
    public static LatencySummary latency(long count, long min, long max, double mean, double stdev, double[] percents,
                                         long... valuesNanos) {
        List<Percentile> list = new ArrayList<>();
        for (int i = 0; i < valuesNanos.length; i++) {
            list.add(new Percentile(percents[i], valuesNanos[i]));
        }
        return new LatencySummary(count, min, max, mean, stdev, list);
    }

    /** A latency summary at fio's default percentiles, given in {@code unitNanos} units. */
    public static LatencySummary latencyIn(long unitNanos, long count, long min, long max, double mean, double stdev,
                                           long... values) {
        long[] nanos = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            nanos[i] = values[i] * unitNanos;
        }
        return latency(count, min, max, mean, stdev, FIO_PERCENTS, nanos);
    }

    /** A latency summary without percentiles. */
    public static LatencySummary latency(long count, long min, long max, double mean, double stdev) {
        return new LatencySummary(count, min, max, mean, stdev, List.of());
    }

    public static RateSummary rate(long samples, double min, double max, double mean, double stdev) {
        return new RateSummary(samples, min, max, mean, stdev);
    }

    public static DirectionStats direction(Direction d, long bytes, long ios, long runtimeMillis, LatencySummary clat,
                                           LatencySummary lat, LatencySummary slat, RateSummary bw, RateSummary iops) {
        return new DirectionStats(d, bytes, ios, runtimeMillis * 1_000_000 + 123_456, clat, lat, slat, bw, iops);
    }

    /** Latency buckets from (a latency in the bucket, count) pairs. */
    public static LatencyBuckets buckets(long... nanosAndCounts) {
        long[] counts = new long[LatencyBuckets.BUCKET_COUNT];
        for (int i = 0; i < nanosAndCounts.length; i += 2) {
            counts[LatencyBuckets.indexOf(nanosAndCounts[i])] += nanosAndCounts[i + 1];
        }
        return LatencyBuckets.of(counts);
    }

    /**
     * Latency buckets whose shares of {@code total} I/Os print as the given percents: (a latency in the
     * bucket, percent) pairs; a percent of 0.01 stands for a single I/O.
     */
    public static LatencyBuckets bucketsOf(long total, double... nanosAndPercents) {
        long[] counts = new long[LatencyBuckets.BUCKET_COUNT];
        for (int i = 0; i < nanosAndPercents.length; i += 2) {
            double percent = nanosAndPercents[i + 1];
            long count = percent <= 0.01 ? 1 : Math.round(percent / 100 * total);
            counts[LatencyBuckets.indexOf((long) nanosAndPercents[i])] += count;
        }
        return LatencyBuckets.of(counts);
    }

    /** The environment of a golden: its pid and its date (UTC). */
    public static ReportEnvironment environment(long pid, String isoLocalTime) {
        Clock clock = Clock.fixed(LocalDateTime.parse(isoLocalTime).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ReportEnvironment("fio-3.33", clock, pid);
    }

    /** A fio 3.33 reference output from the test resources. */
    public static String golden(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("fio-3.33/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report part of a golden normal output: from the empty line after the start banner. */
    public static String reportPart(String normalOutput) {
        return normalOutput.substring(normalOutput.indexOf("\n\n") + 1);
    }

    public static JobBuilder job(String name) {
        return new JobBuilder(name);
    }

    /** Builds a {@link JobResult} with fio's idle defaults for everything not set. */
    public static final class JobBuilder {
        private final String name;
        private int jobNumber;
        private int groupId;
        private final List<DirectionStats> directions = new ArrayList<>();
        private LatencyBuckets buckets = LatencyBuckets.empty();
        private int error;
        private String errorMessage = "";
        private long elapsedMillis = 1000;
        private long runtimeMillis = 1000;
        private CpuUsage cpu = CpuUsage.NONE;
        private long[] depths = new long[7];
        private long[] submit = new long[7];
        private long[] complete = new long[7];
        private long[] issued = new long[4];
        private LatencySummary sync = LatencySummary.EMPTY;
        private final Map<String, String> options = new LinkedHashMap<>();

        private JobBuilder(String name) {
            this.name = name;
        }

        public JobBuilder number(int n) {
            this.jobNumber = n;
            return this;
        }

        public JobBuilder group(int id) {
            this.groupId = id;
            return this;
        }

        public JobBuilder direction(DirectionStats stats) {
            directions.add(stats);
            return this;
        }

        public JobBuilder buckets(LatencyBuckets b) {
            this.buckets = b;
            return this;
        }

        public JobBuilder error(int errno, String message) {
            this.error = errno;
            this.errorMessage = message;
            return this;
        }

        public JobBuilder times(long elapsed, long runtime) {
            this.elapsedMillis = elapsed;
            this.runtimeMillis = runtime;
            return this;
        }

        public JobBuilder cpu(double usr, double sys, long ctx, long majf, long minf) {
            this.cpu = new CpuUsage(usr, sys, ctx, majf, minf);
            return this;
        }

        public JobBuilder depths(long... counts) {
            this.depths = counts;
            return this;
        }

        public JobBuilder submit(long... counts) {
            this.submit = counts;
            return this;
        }

        public JobBuilder complete(long... counts) {
            this.complete = counts;
            return this;
        }

        public JobBuilder issued(long... totals) {
            this.issued = totals;
            return this;
        }

        public JobBuilder sync(LatencySummary s) {
            this.sync = s;
            return this;
        }

        public JobBuilder option(String key, String value) {
            options.put(key, value);
            return this;
        }

        public JobResult build() {
            directions.sort((a, b) -> a.direction().compareTo(b.direction()));
            JobStats stats = new JobStats(name, jobNumber + 1, directions, buckets, 4, 0);
            return new JobResult(stats, name, jobNumber, groupId, error, errorMessage, elapsedMillis, runtimeMillis, cpu,
                    new DepthHistogram(DepthHistogram.IO_DEPTH_EDGES, depths),
                    new DepthHistogram(DepthHistogram.BATCH_EDGES, submit),
                    new DepthHistogram(DepthHistogram.BATCH_EDGES, complete),
                    new IssuedCounts(issued, new long[4], new long[4]), sync, options, List.of());
        }
    }
}
