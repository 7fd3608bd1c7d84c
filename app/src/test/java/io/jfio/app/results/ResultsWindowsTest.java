package io.jfio.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.jfio.model.result.Direction;
import io.jfio.model.result.IntervalSample;

import org.junit.jupiter.api.Test;

/** A run's kept windows stay bounded, and runs compare on the same graphs. */
class ResultsWindowsTest {

    @Test
    void windowsMergePairwisePastTheLimitAndKeepTheirTotals() {
        RunWindows kept = new RunWindows(4);
        List<IntervalSample> windows = RunFixtures.windows("seq", 1, 10, 100);
        kept.accept(windows);
        List<KeptWindow> seq = kept.windows(1);
        // the fifth window went over 4: pairs from then on; the fifth pair went over again: fours, [9-10] pending
        assertEquals(List.of(0L, 400L, 800L), seq.stream().map(w -> w.sample().startMillis()).toList());
        assertEquals(List.of(400L, 800L, 1000L), seq.stream().map(w -> w.sample().endMillis()).toList());
        assertEquals(4, kept.windowsPerKept(1));
        long ios = seq.stream().mapToLong(w -> w.sample().direction(Direction.READ).ios()).sum();
        assertEquals(100L * (10 * 11 / 2), ios);
        // 100 + 200 + 300 + 400 I/Os in 0.4 s
        assertEquals(2500.0, seq.get(0).sample().direction(Direction.READ).iops(), 1e-6);
    }

    @Test
    void aDayOfHalfSecondWindowsStaysWithinTheLimit() {
        RunWindows kept = new RunWindows(1000);
        kept.accept(RunFixtures.windows("long", 1, 172_800, 500));
        List<KeptWindow> windows = kept.windows(1);
        assertTrue(windows.size() <= 1000, "kept " + windows.size());
        assertEquals(86_400_000L, windows.get(windows.size() - 1).sample().endMillis());
        assertEquals(0L, windows.get(0).sample().startMillis());
    }

    @Test
    void aMergedWindowKeepsTheLargestP99OfItsParts() {
        RunWindows kept = new RunWindows(2);
        kept.accept(RunFixtures.windows("seq", 1, 4, 100));
        List<KeptWindow> seq = kept.windows(1);
        assertEquals(2, seq.size());
        assertEquals(20_001, seq.get(0).p99ClatNanos(Direction.READ));
        assertEquals(20_003, seq.get(1).p99ClatNanos(Direction.READ));
        assertEquals(-1, seq.get(0).p99ClatNanos(Direction.WRITE));
    }

    @Test
    void twoComparedRunsBothHaveTheirSeriesWithTheirPointCounts() {
        ResultsViewModel model = new ResultsViewModel();
        RunWindows first = new RunWindows();
        first.accept(RunFixtures.windows("seq", 1, 5, 500));
        RunWindows second = new RunWindows();
        second.accept(RunFixtures.windows("seq", 1, 8, 500));
        model.add("a.fio", ResultsViewModelTest.oneReadJob("seq"), List.of(), first);
        model.add("a.fio", ResultsViewModelTest.oneReadJob("seq"), List.of(), second);
        model.compare(List.of(0, 1));
        RunOverlay overlay = model.overlayProperty().get();
        for (List<OverlaySeries> chart : List.of(overlay.iops(), overlay.bandwidth(), overlay.p99Clat())) {
            assertEquals(List.of("Run 1", "Run 2"), chart.stream().map(OverlaySeries::runLabel).toList());
            assertEquals(List.of(5, 8), chart.stream().map(s -> s.points().size()).toList());
        }
        assertEquals(List.of("Run 1 · seq read", "Run 2 · seq read"), overlay.iops().stream().map(OverlaySeries::name).toList());
        assertEquals(List.of("Run 1 · seq read", "Run 2 · seq read"),
                overlay.clatDistributions().stream().map(d -> d.name()).toList());
        assertEquals(2000, overlay.clatDistributions().get(1).count());
        OverlaySeries run2 = overlay.iops().get(1);
        assertEquals(4.0, run2.points().get(7).seconds(), 1e-9);
        assertEquals(800 / 0.5, run2.points().get(7).value(), 1e-6);
        assertEquals(20_007, overlay.p99Clat().get(1).points().get(7).value(), 1e-9);
    }

    @Test
    void aFinalSliverAfterTheLastFullWindowDrawsNoPoint() {
        List<IntervalSample> full = RunFixtures.windows("seq", 1, 4, 500);
        IntervalSample last = full.get(3);
        IntervalSample sliver = new IntervalSample("seq", 1, last.startNanos(), last.startNanos() + 20_000_000L, true,
                last.directions());
        RunWindows windows = new RunWindows();
        windows.accept(List.of(full.get(0), full.get(1), full.get(2), sliver));
        SessionRun run = new SessionRun(1, "s.fio", ResultsViewModelTest.oneReadJob("seq"), List.of(), windows);
        assertEquals(List.of(0.5, 1.0, 1.5), RunOverlay.of(List.of(run)).iops().get(0).points().stream()
                .map(TimePoint::seconds).toList());
    }

    @Test
    void jobsOfTheSameNameAreToldApartByTheirNumber() {
        RunWindows windows = new RunWindows();
        windows.accept(RunFixtures.windows("rand", 2, 3, 100));
        windows.accept(RunFixtures.windows("rand", 3, 3, 100));
        SessionRun run = new SessionRun(4, "r.fio", ResultsViewModelTest.oneReadJob("rand"), List.of(), windows);
        assertEquals(List.of("Run 4 · rand#2 read", "Run 4 · rand#3 read"),
                RunOverlay.of(List.of(run)).bandwidth().stream().map(OverlaySeries::name).toList());
    }
}
