package io.jfio.app.results;

import static io.jfio.app.results.RunFixtures.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.jfio.model.result.CpuUsage;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.RunResult;

import org.junit.jupiter.api.Test;

/** Runs compared as wholes: per run and direction, the jobs' rates summed and their window p99 merged. */
class RunComparisonTest {

    private static final long W = 500_000_000L;
    // a's windows: 1000 I/Os at 100 µs; b's: 980 at 1 ms and 20 at 5 ms
    private static final LatencySummary FAST = summary(new long[] {100_000}, new long[] {1000});
    private static final LatencySummary SLOW = summary(new long[] {1_000_000, 5_000_000}, new long[] {980, 20});

    private static IntervalSample window(String job, int jobIndex, int index, double iops, LatencySummary clat,
                                         boolean last) {
        DirectionWindow read = new DirectionWindow(Direction.READ, (long) (iops / 2) * 4096, (long) (iops / 2), iops,
                iops * 4, 4096, clat, clat, LatencySummary.EMPTY, null);
        return new IntervalSample(job, jobIndex, index * W, (index + 1) * W, last, List.of(read));
    }

    /** Two reading jobs "a" and "b", started together, with the given IOPS per 500 ms window. */
    private static RunWindows twoJobs(double[] aIops, double[] bIops) {
        RunWindows windows = new RunWindows();
        List<IntervalSample> batch = new ArrayList<>();
        for (int i = 0; i < Math.max(aIops.length, bIops.length); i++) {
            if (i < aIops.length) {
                batch.add(window("a", 1, i, aIops[i], FAST, i == aIops.length - 1));
            }
            if (i < bIops.length) {
                batch.add(window("b", 2, i, bIops[i], SLOW, i == bIops.length - 1));
            }
        }
        windows.accept(batch);
        return windows;
    }

    private static RunResult twoJobResult() {
        JobResult a = RunFixtures.job("a", 0, 0, List.of(RunFixtures.direction(Direction.READ, 1000, 1000L * 4096,
                W, FAST, LatencySummary.EMPTY)), CpuUsage.NONE, 500);
        JobResult b = RunFixtures.job("b", 1, 0, List.of(RunFixtures.direction(Direction.READ, 1000, 1000L * 4096,
                W, SLOW, LatencySummary.EMPTY)), CpuUsage.NONE, 500);
        return new RunResult(List.of(a, b), List.of(), 0, Map.of(), false);
    }

    private static List<Double> values(OverlaySeries series) {
        return series.points().stream().map(TimePoint::value).toList();
    }

    private static List<Double> seconds(OverlaySeries series) {
        return series.points().stream().map(TimePoint::seconds).toList();
    }

    /** Two runs of two reading jobs "a" and "b" each, with histograms in their windows. */
    static List<SessionRun> twoRuns() {
        SessionRun first = new SessionRun(1, "x.fio", twoJobResult(), List.of(),
                twoJobs(new double[] {1000, 1100, 1200}, new double[] {500, 600, 700}));
        SessionRun second = new SessionRun(2, "x.fio", twoJobResult(), List.of(),
                twoJobs(new double[] {2000, 2000}, new double[] {100, 300}));
        return List.of(first, second);
    }

    @Test
    void aStartedJobWhoseFirstWindowComesABatchLaterStillJoinsTheRunsFirstWindow() {
        RunWindows windows = new RunWindows();
        windows.jobStarted(1);
        windows.jobStarted(2);
        windows.accept(List.of(window("a", 1, 0, 1000, FAST, false)));
        windows.accept(List.of(window("a", 1, 1, 1100, FAST, true), window("b", 2, 0, 500, SLOW, false)));
        windows.accept(List.of(window("b", 2, 1, 600, SLOW, true)));
        SessionRun run = new SessionRun(1, "x.fio", twoJobResult(), List.of(), windows);
        OverlaySeries iops = RunOverlay.of(List.of(run), CompareGrouping.PER_RUN).iops().get(0);
        assertEquals(List.of(0.5, 1.0), seconds(iops));
        assertEquals(List.of(1500.0, 1700.0), values(iops));
    }

    @Test
    void perRunIopsAndBandwidthAreTheJobsSumsAtEachWindowEnd() {
        RunOverlay overlay = RunOverlay.of(twoRuns(), CompareGrouping.PER_RUN);
        assertEquals(List.of("Run 1 · read", "Run 2 · read"), overlay.iops().stream().map(OverlaySeries::name).toList());
        assertEquals(List.of("Run 1", "Run 2"), overlay.iops().stream().map(OverlaySeries::runLabel).toList());
        assertEquals(List.of(0.5, 1.0, 1.5), seconds(overlay.iops().get(0)));
        assertEquals(List.of(1500.0, 1700.0, 1900.0), values(overlay.iops().get(0)));
        assertEquals(List.of(2100.0, 2300.0), values(overlay.iops().get(1)));
        assertEquals(List.of(6000.0, 6800.0, 7600.0), values(overlay.bandwidth().get(0)));
    }

    @Test
    void perRunP99IsThatOfAllTheJobsIosOfTheWindow() {
        RunOverlay overlay = RunOverlay.of(twoRuns(), CompareGrouping.PER_RUN);
        assertEquals(List.of("Run 1 · read p99", "Run 2 · read p99"),
                overlay.p99Clat().stream().map(OverlaySeries::name).toList());
        // of 2000 I/Os, 1980 are at 1 ms or below: p99 is 1 ms, not the mean of a's 100 µs and b's 5 ms
        assertEquals(List.of(1_000_000.0, 1_000_000.0, 1_000_000.0), values(overlay.p99Clat().get(0)));
        assertEquals(5_000_000, SLOW.valueAt(99));
    }

    @Test
    void perRunDistributionSumsTheJobsHistograms() {
        RunOverlay overlay = RunOverlay.of(twoRuns(), CompareGrouping.PER_RUN);
        assertEquals(List.of("Run 1 · read", "Run 2 · read"),
                overlay.clatDistributions().stream().map(d -> d.name()).toList());
        assertEquals(2000, overlay.clatDistributions().get(0).count());
    }

    @Test
    void perJobKeepsALinePerRunJobAndDirection() {
        RunOverlay overlay = RunOverlay.of(twoRuns(), CompareGrouping.PER_JOB);
        assertEquals(List.of("Run 1 · a read", "Run 1 · b read", "Run 2 · a read", "Run 2 · b read"),
                overlay.iops().stream().map(OverlaySeries::name).toList());
        assertEquals(List.of(500.0, 600.0, 700.0), values(overlay.iops().get(1)));
    }

    @Test
    void comparingRunsOfSeveralJobsStartsPerRunAndKeepsTheUsersChoice() {
        ResultsViewModel model = new ResultsViewModel();
        model.add("x.fio", ResultsViewModelTest.oneReadJob("solo"), List.of(), twoJobsFromOneJob());
        assertEquals(CompareGrouping.PER_JOB, model.compareGroupingProperty().get());
        for (SessionRun run : twoRuns()) {
            model.add("x.fio", run.result(), List.of(), run.windows());
        }
        model.compare(List.of(1, 2));
        assertEquals(CompareGrouping.PER_RUN, model.compareGroupingProperty().get());
        assertEquals(List.of("Run 2 · read", "Run 3 · read"),
                model.overlayProperty().get().iops().stream().map(OverlaySeries::name).toList());
        model.compareGroupingProperty().set(CompareGrouping.PER_JOB);
        assertEquals(4, model.overlayProperty().get().iops().size());
        model.compare(List.of(0, 1, 2));
        assertEquals(CompareGrouping.PER_JOB, model.compareGroupingProperty().get());
        assertEquals(5, model.overlayProperty().get().iops().size());
    }

    private static RunWindows twoJobsFromOneJob() {
        RunWindows windows = new RunWindows();
        windows.accept(RunFixtures.windows("solo", 1, 3, 500));
        return windows;
    }

    @Test
    void keptWindowsDropTheirHistogramsAndTheRunsWindowsStayBounded() {
        RunWindows windows = new RunWindows(4);
        List<IntervalSample> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(window("a", 1, i, 1000, FAST, i == 9));
            batch.add(window("b", 2, i, 100 * (i + 1), SLOW, i == 9));
        }
        windows.accept(batch);
        assertFalse(windows.windows(1).get(0).sample().direction(Direction.READ).clat().hasHistogram());
        List<RunWindow> run = windows.runWindows();
        assertTrue(run.size() <= 5, "kept " + run.size());
        // the first kept window stands for the first four: b did 100..400 IOPS, a 1000 each
        assertEquals(0, run.get(0).startNanos());
        assertEquals(4 * W, run.get(0).endNanos());
        assertEquals(1000 + 250, run.get(0).iops(Direction.READ), 1e-9);
        assertEquals(10 * W, run.get(run.size() - 1).endNanos());
    }
}
