package io.jfio.engine.output;

import static io.jfio.engine.output.Fixtures.direction;
import static io.jfio.engine.output.Fixtures.job;
import static io.jfio.engine.output.Fixtures.rate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Percentile;
import io.jfio.model.result.RateSummary;
import io.jfio.model.result.RunResult;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportedJobsTest {

    private static final JobReportOptions GROUPED =
            new JobReportOptions(true, true, false, false, -1, "", 1, 0, 0, 100);

    private static LatencySummary withHistogram(long[] values, long[] counts, double mean) {
        LatencyHistogram h = LatencyHistogram.of(values, counts);
        List<Percentile> percentiles = List.of(new Percentile(50, h.valueAtPercentile(50)),
                new Percentile(90, h.valueAtPercentile(90)));
        return new LatencySummary(h.total(), values[0], values[values.length - 1], mean, 10, percentiles, h);
    }

    private static JobResult reader(String name, int number, int group, long bytes, long runtimeMillis,
                                    LatencySummary clat, RateSummary bw, double usr, long runtimeOfJob) {
        return job(name).number(number).group(group)
                .direction(direction(Direction.READ, bytes, bytes / 4096, runtimeMillis, clat, clat,
                        LatencySummary.EMPTY, bw, RateSummary.EMPTY))
                .cpu(usr, 0, 10, 1, 5).times(runtimeOfJob + 10, runtimeOfJob).issued(bytes / 4096, 0, 0, 0)
                .build();
    }

    private static RunResult run(JobResult... jobs) {
        return new RunResult(List.of(jobs), List.of(), 0, Map.of(), false);
    }

    @Test
    void groupReportingMergesTheJobsOfAGroupIntoOneEntry() {
        LatencySummary clat = withHistogram(new long[] {100}, new long[] {1}, 100);
        RunResult run = run(reader("t", 0, 0, 4096 * 100, 1000, clat, rate(2, 10, 30, 20, 5), 90, 1000),
                reader("t", 1, 0, 4096 * 300, 1500, clat, rate(3, 40, 60, 50, 10), 60, 2000));
        List<ReportedJob> entries = ReportedJobs.of(run, List.of(GROUPED, GROUPED));
        assertEquals(1, entries.size());
        ReportedJob entry = entries.get(0);
        assertEquals(2, entry.jobCount());
        DirectionStats read = entry.result().stats().direction(Direction.READ);
        assertEquals(4096 * 400, read.bytes());
        assertEquals(400, read.ios());
        assertEquals(1500, read.runtimeNanos() / 1_000_000);
        assertEquals(3000, entry.result().runtimeMillis());
        assertEquals(70.0, entry.result().cpu().userPercent(), 1e-9); // (90*1000 + 60*2000) / 3000
        assertEquals(20, entry.result().cpu().contextSwitches());
        assertEquals(400, entry.result().issued().total()[0]);
    }

    @Test
    void groupBandwidthAddsMinMaxMeanAndSamplesOfItsJobs() {
        RateSummary sum = JobMerger.sum(rate(2, 10, 30, 20, 5), rate(3, 40, 60, 50, 10));
        assertEquals(5, sum.samples());
        assertEquals(50, sum.min());
        assertEquals(90, sum.max());
        assertEquals(70, sum.mean());
        // squared deviations 25*1 + 100*2 over 4 degrees of freedom
        assertEquals(Math.sqrt(225.0 / 4), sum.stdev(), 1e-12);
    }

    @Test
    void mergedPercentilesComeFromTheJoinedHistograms() {
        LatencySummary a = withHistogram(new long[] {100, 200}, new long[] {50, 50}, 150);
        LatencySummary b = withHistogram(new long[] {300}, new long[] {100}, 300);
        RunResult run = run(reader("t", 0, 0, 4096 * 100, 1000, a, RateSummary.EMPTY, 0, 1000),
                reader("t", 1, 0, 4096 * 100, 1000, b, RateSummary.EMPTY, 0, 1000));
        LatencySummary merged = ReportedJobs.of(run, List.of(GROUPED, GROUPED)).get(0).result().stats()
                .direction(Direction.READ).clat();
        assertEquals(200, merged.count());
        assertEquals(List.of(new Percentile(50, 200), new Percentile(90, 300)), merged.percentiles());
    }

    @Test
    void withoutGroupReportingEveryJobIsItsOwnEntry() {
        LatencySummary clat = withHistogram(new long[] {100}, new long[] {1}, 100);
        RunResult run = run(reader("t", 0, 0, 4096, 1000, clat, RateSummary.EMPTY, 0, 1000),
                reader("t", 1, 0, 4096, 1000, clat, RateSummary.EMPTY, 0, 1000));
        assertEquals(2, ReportedJobs.of(run, List.of(JobReportOptions.DEFAULTS, JobReportOptions.DEFAULTS)).size());
    }

    @Test
    void groupReportingNeverMergesAcrossGroups() {
        LatencySummary clat = withHistogram(new long[] {100}, new long[] {1}, 100);
        RunResult run = run(reader("a", 0, 0, 4096, 1000, clat, RateSummary.EMPTY, 0, 1000),
                reader("b", 0, 1, 4096, 1000, clat, RateSummary.EMPTY, 0, 1000));
        List<ReportedJob> entries = ReportedJobs.of(run, List.of(GROUPED, GROUPED));
        assertEquals(List.of("a", "b"), entries.stream().map(e -> e.result().jobName()).toList());
    }

    @Test
    void runStatusGroupTakesSlowestAndFastestJobAndLongestRun() {
        LatencySummary clat = withHistogram(new long[] {100}, new long[] {1}, 100);
        RunResult run = run(reader("t", 0, 0, 1_000_000, 1000, clat, RateSummary.EMPTY, 0, 1000),
                reader("t", 1, 0, 3_000_000, 1500, clat, RateSummary.EMPTY, 0, 1500));
        GroupRunStats group = GroupRunStats.of(ReportedJobs.of(run,
                List.of(JobReportOptions.DEFAULTS, JobReportOptions.DEFAULTS))).get(0);
        assertEquals(4_000_000, group.ioBytes(Direction.READ));
        assertEquals(1_000_000, group.minBytesPerSecond(Direction.READ));
        assertEquals(2_000_000, group.maxBytesPerSecond(Direction.READ));
        assertEquals(1000, group.minRuntimeMillis(Direction.READ));
        assertEquals(1500, group.maxRuntimeMillis(Direction.READ));
        assertEquals(2_666_666, group.aggregateBytesPerSecond(Direction.READ));
        assertEquals(false, group.hasIo(Direction.WRITE));
    }
}
