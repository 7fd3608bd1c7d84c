package io.jfio.app.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.jfio.engine.output.JobReportOptions;
import io.jfio.model.job.JobFileParser;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.JobSpec;
import io.jfio.model.result.CpuUsage;
import io.jfio.model.result.DepthHistogram;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.DiskUtil;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.IssuedCounts;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.JobStats;
import io.jfio.model.result.LatencyBuckets;
import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Percentile;
import io.jfio.model.result.RateSummary;
import io.jfio.model.result.RunResult;

/** Runs with known figures for the results tests: what the engine would hand over, built by hand. */
final class RunFixtures {

    /** Three jobs: "seq" alone in group 0 (lat percentiles on), two "rand" jobs group-reported in group 1. */
    static final String JOB_FILE = """
            [seq]
            ioengine=null
            rw=rw
            lat_percentiles=1
            [rand]
            ioengine=null
            rw=randread
            new_group
            group_reporting
            numjobs=2
            """;

    private RunFixtures() {
    }

    static List<JobSpec> jobs() {
        return JobResolver.standard().resolve(JobFileParser.parse(JOB_FILE, "fixture.fio")).jobs();
    }

    /** The run of {@link #JOB_FILE}: numbers chosen so no two figures coincide. */
    static RunResult run() {
        JobResult seq = job("seq", 0, 0, List.of(
                direction(Direction.READ, 3000, 3000L * 4096, 1_500_400_000L,
                        summary(new long[]{2_000, 3_000, 9_000}, new long[]{1000, 1500, 500}),
                        summary(new long[]{500, 700}, new long[]{2000, 1000})),
                direction(Direction.WRITE, 1000, 1000L * 8192, 1_499_900_000L,
                        summary(new long[]{5_000, 40_000}, new long[]{900, 100}), LatencySummary.EMPTY)),
                new CpuUsage(12.345, 6.789, 4321, 3, 987), 1500);
        JobResult rand1 = job("rand", 0, 1, List.of(
                direction(Direction.READ, 5000, 5000L * 4096, 2_000_000_000L,
                        summary(new long[]{10_000, 20_000, 80_000}, new long[]{4000, 900, 100}), LatencySummary.EMPTY)),
                new CpuUsage(20, 10, 100, 0, 50), 2000);
        JobResult rand2 = job("rand", 1, 1, List.of(
                direction(Direction.READ, 4000, 4000L * 4096, 1_000_000_000L,
                        summary(new long[]{15_000, 30_000}, new long[]{3000, 1000}), LatencySummary.EMPTY)),
                new CpuUsage(30, 5, 200, 1, 70), 1000);
        List<DiskUtil> disks = List.of(new DiskUtil("nvme0n1", 2990, 1010, 12, 34, 456, 789, 1250, 87.654),
                new DiskUtil("sda", 1, 2, 3, 4, 5, 6, 7, 0.5));
        return new RunResult(List.of(seq, rand1, rand2), disks, 1_700_000_000_000L, Map.of(), false);
    }

    static JobResult job(String name, int number, int group, List<DirectionStats> directions, CpuUsage cpu,
                         long runtimeMillis) {
        JobStats stats = new JobStats(name, number + 1, directions, LatencyBuckets.empty(), 4, 0);
        return new JobResult(stats, name, number, group, 0, "", runtimeMillis, runtimeMillis, cpu,
                DepthHistogram.empty(DepthHistogram.IO_DEPTH_EDGES), DepthHistogram.empty(DepthHistogram.BATCH_EDGES),
                DepthHistogram.empty(DepthHistogram.BATCH_EDGES), IssuedCounts.none(), LatencySummary.EMPTY, Map.of(),
                List.of());
    }

    /** A direction whose lat is clat plus slat's mean (enough for the tables: lat only has to be there). */
    static DirectionStats direction(Direction d, long ios, long bytes, long runtimeNanos, LatencySummary clat,
                                    LatencySummary slat) {
        LatencySummary lat = clat;
        RateSummary bw = new RateSummary(3, bytes / 2048.0, bytes / 1024.0, bytes / 1500.0, 12.5);
        RateSummary iops = new RateSummary(3, ios / 2.0, ios * 1.0, ios / 1.5, 3.25);
        return new DirectionStats(d, bytes, ios, runtimeNanos, clat, lat, slat, bw, iops);
    }

    /** The exact summary of the given samples, with a histogram and fio's default percentiles. */
    static LatencySummary summary(long[] valuesNanos, long[] counts) {
        long n = 0;
        double sum = 0;
        for (int i = 0; i < valuesNanos.length; i++) {
            n += counts[i];
            sum += (double) valuesNanos[i] * counts[i];
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < valuesNanos.length; i++) {
            squares += counts[i] * (valuesNanos[i] - mean) * (valuesNanos[i] - mean);
        }
        LatencyHistogram histogram = LatencyHistogram.of(valuesNanos, counts);
        List<Percentile> percentiles = new ArrayList<>();
        for (double p : JobReportOptions.FIO_PERCENTS) {
            percentiles.add(new Percentile(p, histogram.valueAtPercentile(p)));
        }
        return new LatencySummary(n, valuesNanos[0], valuesNanos[valuesNanos.length - 1], mean,
                Math.sqrt(squares / (n - 1)), percentiles, histogram);
    }

    /** {@code count} full windows of {@code windowMillis} of one reading job, IOPS growing by 100 a window. */
    static List<IntervalSample> windows(String job, int jobIndex, int count, long windowMillis) {
        List<IntervalSample> out = new ArrayList<>();
        long w = windowMillis * 1_000_000L;
        for (int i = 0; i < count; i++) {
            long ios = 100L * (i + 1);
            LatencySummary clat = new LatencySummary(ios, 1_000, 50_000 + i, 5_000, 100,
                    List.of(new Percentile(50, 4_000), new Percentile(99, 20_000 + i)));
            DirectionWindow read = new DirectionWindow(Direction.READ, ios * 4096, ios, ios * 1e9 / w,
                    ios * 4096 * 1e9 / w / 1024, 4096, clat, clat, LatencySummary.EMPTY, null);
            out.add(new IntervalSample(job, jobIndex, i * w, (i + 1) * w, i == count - 1, List.of(read)));
        }
        return out;
    }
}
