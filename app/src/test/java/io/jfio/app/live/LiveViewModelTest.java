package io.jfio.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.jfio.engine.output.status.JobProgress;
import io.jfio.engine.output.status.JobState;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;

import org.junit.jupiter.api.Test;

class LiveViewModelTest {

    private static final io.jfio.engine.stats.CounterSnapshot NO_COUNTS =
            io.jfio.engine.stats.CounterSnapshot.of(0, new long[3], new long[3]);

    @Test
    void aBatchMakesIopsBandwidthAndFiveLatencySeriesPerActiveDirection() {
        LiveViewModel model = new LiveViewModel();
        model.runStarted();
        model.accept(List.of(FakeSamples.readWindow("seq", 0, 1000, 10_000, 20_000, 50_000, 90_000, 120_000),
                FakeSamples.readWindow("seq", 1, 2000, 11_000, 21_000, 51_000, 91_000, 130_000)));
        assertEquals(List.of("seq read"), model.iopsSeries().stream().map(LiveSeries::name).toList());
        assertEquals(List.of("seq read"), model.bandwidthSeries().stream().map(LiveSeries::name).toList());
        assertEquals(List.of("seq read p50", "seq read p90", "seq read p99", "seq read p99.9", "seq read max"),
                model.latencySeries().stream().map(LiveSeries::name).toList());
        assertEquals(List.of(new LivePoint(0.5, 1000), new LivePoint(1.0, 2000)), model.iopsSeries().get(0).points());
        assertEquals(new LivePoint(1.0, 8000), model.bandwidthSeries().get(0).points().get(1));
        assertEquals(new LivePoint(1.0, 51_000), model.latencySeries().get(2).points().get(1));
        assertEquals(new LivePoint(0.5, 120_000), model.latencySeries().get(4).points().get(0));
        assertEquals(2, model.windowCount());
    }

    @Test
    void aBatchIsOneListChangePerSeries() {
        LiveViewModel model = new LiveViewModel();
        model.runStarted();
        model.accept(List.of(FakeSamples.readWindow("seq", 0, 1000, 1, 2, 3, 4, 5)));
        int[] changes = {0};
        model.iopsSeries().get(0).points().addListener((javafx.collections.ListChangeListener<LivePoint>) c -> changes[0]++);
        model.accept(List.of(FakeSamples.readWindow("seq", 1, 1000, 1, 2, 3, 4, 5),
                FakeSamples.readWindow("seq", 2, 1000, 1, 2, 3, 4, 5),
                FakeSamples.readWindow("seq", 3, 1000, 1, 2, 3, 4, 5)));
        assertEquals(1, changes[0]);
        assertEquals(4, model.iopsSeries().get(0).points().size());
    }

    @Test
    void anIdleFinalSliverDoesNotDropTheLinesToZero() {
        LiveViewModel model = new LiveViewModel();
        model.runStarted();
        model.accept(List.of(FakeSamples.readWindow("seq", 0, 1000, 1, 2, 3, 4, 5)));
        IntervalSample sliver = new IntervalSample("seq", 1, 500_000_000L, 501_000_000L, true,
                List.of(DirectionWindow.idle(Direction.READ)));
        IntervalSample idleMiddle = new IntervalSample("seq", 1, 500_000_000L, 1_000_000_000L, false,
                List.of(DirectionWindow.idle(Direction.READ)));
        model.accept(List.of(sliver));
        assertEquals(1, model.iopsSeries().get(0).points().size());
        model.accept(List.of(idleMiddle));
        assertEquals(new LivePoint(1.0, 0), model.iopsSeries().get(0).points().get(1));
    }

    @Test
    void aShortFinalWindowIsLeftOutOfTheLines() {
        LiveViewModel model = new LiveViewModel();
        model.runStarted();
        IntervalSample last = FakeSamples.readWindow("seq", 1, 7, 1, 2, 3, 4, 5);
        IntervalSample sliver = new IntervalSample("seq", 1, last.endNanos(), last.endNanos() + 2_000_000L, true,
                last.directions());
        model.accept(List.of(FakeSamples.readWindow("seq", 0, 1000, 1, 2, 3, 4, 5), sliver));
        assertEquals(List.of(new LivePoint(0.5, 1000)), model.iopsSeries().get(0).points());
        assertEquals(2, model.windowCount());
    }

    @Test
    void aNewRunForgetsThePreviousSeries() {
        LiveViewModel model = new LiveViewModel();
        model.runStarted();
        model.accept(List.of(FakeSamples.readWindow("seq", 0, 1000, 1, 2, 3, 4, 5)));
        model.runEnded("done");
        assertFalse(model.runningProperty().get());
        model.runStarted();
        assertTrue(model.iopsSeries().isEmpty());
        assertTrue(model.latencySeries().isEmpty());
        assertTrue(model.runningProperty().get());
    }

    @Test
    void progressRoundsElapsedTimeHalfUpToTenthsOfASecond() {
        LiveViewModel model = new LiveViewModel();
        model.runStarted();
        List<String> shown = new java.util.ArrayList<>();
        for (long nanos : new long[] {0L, 49_999_999L, 50_000_000L, 1_449_999_999L, 1_450_000_000L, 12_960_000_000L}) {
            model.updateProgress(List.of(new JobProgress("a", 1, 0, JobState.RUNNING, 1, NO_COUNTS, nanos, 0, 0,
                    JobProgress.UNKNOWN)));
            shown.add(model.statusProperty().get());
        }
        assertEquals(List.of("Running 0.0 s · a: running", "Running 0.0 s · a: running", "Running 0.1 s · a: running",
                "Running 1.4 s · a: running", "Running 1.5 s · a: running", "Running 13.0 s · a: running"), shown);
    }

    @Test
    void progressShowsElapsedSecondsAndEachJobsState() {
        LiveViewModel model = new LiveViewModel();
        model.runStarted();
        model.updateProgress(List.of(
                // time-bound jobs of 3.5 s: a is 1.5 s in (2.0 s left), b 0.7 s in its ramp (2.8 s left)
                new JobProgress("a", 1, 0, JobState.RUNNING, 1, NO_COUNTS, 1_500_000_000L, 0, 0, 3_500_000_000L),
                new JobProgress("b", 2, 0, JobState.RAMP, 1, NO_COUNTS, 700_000_000L, 0, 0, 3_500_000_000L)));
        assertEquals("Running 1.5 s, 2 s left · a: running, b: ramp", model.statusProperty().get());
        assertEquals((100.0 * 1.5 / 3.5 + 100.0 * 0.7 / 3.5) / 2, model.percentDoneProperty().get(), 1e-9);
    }

    @Test
    void aBatchObserverSeesEveryBatchIncludingSlivers() {
        LiveViewModel model = new LiveViewModel();
        List<List<IntervalSample>> seen = new java.util.ArrayList<>();
        model.addBatchObserver(seen::add);
        List<IntervalSample> first = List.of(FakeSamples.readWindow("seq", 0, 1000, 1, 2, 3, 4, 5));
        List<IntervalSample> second = List.of(FakeSamples.readWindow("seq", 1, 1000, 1, 2, 3, 4, 5),
                FakeSamples.readWindow("seq", 2, 1000, 1, 2, 3, 4, 5));
        model.accept(first);
        model.accept(second);
        assertEquals(List.of(first, second), seen);
    }
}
