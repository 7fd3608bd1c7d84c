package io.jfio.app.live;

import static io.jfio.app.live.FakeSamples.summary;
import static io.jfio.app.live.FakeSamples.window;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.jfio.app.chart.NamedDistribution;
import io.jfio.model.result.Direction;
import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.LatencySummary;

import org.junit.jupiter.api.Test;

/** The live view-model's selections: each job, all jobs aggregated, one job; clat, lat or slat. */
class LiveSelectionTest {

    private static final LatencySummary CLAT = summary(10_000, 20_000, 50_000, 90_000, 120_000);
    private static final LatencySummary LAT = summary(11_000, 21_000, 51_000, 91_000, 121_000);

    private static LiveViewModel twoReaders() {
        LiveViewModel model = new LiveViewModel();
        model.runStarted();
        model.accept(List.of(window("a", 1, 0, Direction.READ, 1000, CLAT, LAT, LatencySummary.EMPTY, false),
                window("a", 1, 1, Direction.READ, 1200, CLAT, LAT, LatencySummary.EMPTY, false),
                window("b", 2, 0, Direction.READ, 500, CLAT, LAT, LatencySummary.EMPTY, false)));
        return model;
    }

    private static List<String> names(List<LiveSeries> series) {
        return series.stream().map(LiveSeries::name).toList();
    }

    @Test
    void allJobsSumsIopsPerDirectionOnceEveryRunningJobReachedTheTime() {
        LiveViewModel model = twoReaders();
        model.jobSelectionProperty().set(LiveViewModel.ALL_JOBS);
        assertEquals(List.of("all jobs read"), names(model.iopsSeries()));
        // b has not reached 1.0 s yet: only 0.5 s is complete
        assertEquals(List.of(new LivePoint(0.5, 1500)), model.iopsSeries().get(0).points());
        model.accept(List.of(window("b", 2, 1, Direction.READ, 600, CLAT, LAT, LatencySummary.EMPTY, false)));
        assertEquals(new LivePoint(1.0, 1800), model.iopsSeries().get(0).points().get(1));
        assertEquals(new LivePoint(1.0, 1800 * 4), model.bandwidthSeries().get(0).points().get(1));
        // one set of latency lines for all jobs; these windows kept no histograms: only the max is known
        assertEquals(List.of("all jobs read p50", "all jobs read p90", "all jobs read p99", "all jobs read p99.9",
                "all jobs read max"), names(model.latencySeries()));
        assertEquals(List.of(), model.latencySeries().get(2).points());
        assertEquals(List.of(new LivePoint(0.5, 120_000), new LivePoint(1.0, 120_000)),
                model.latencySeries().get(4).points());
    }

    @Test
    void aStartedJobHoldsTheSumsBackUntilItsFirstWindow() {
        LiveViewModel model = new LiveViewModel();
        model.runStarted();
        model.jobStarted("a", 1);
        model.jobStarted("b", 2);
        model.jobSelectionProperty().set(LiveViewModel.ALL_JOBS);
        model.accept(List.of(window("a", 1, 0, Direction.READ, 1000, CLAT, LAT, LatencySummary.EMPTY, false)));
        assertEquals(List.of(), model.iopsSeries());
        model.accept(List.of(window("b", 2, 0, Direction.READ, 500, CLAT, LAT, LatencySummary.EMPTY, false)));
        assertEquals(List.of(new LivePoint(0.5, 1500)), model.iopsSeries().get(0).points());
    }

    @Test
    void aFinishedJobNoLongerHoldsTheSumsBack() {
        LiveViewModel model = twoReaders();
        model.jobSelectionProperty().set(LiveViewModel.ALL_JOBS);
        model.accept(List.of(window("b", 2, 1, Direction.READ, 600, CLAT, LAT, LatencySummary.EMPTY, true),
                window("a", 1, 2, Direction.READ, 900, CLAT, LAT, LatencySummary.EMPTY, false)));
        assertEquals(List.of(new LivePoint(0.5, 1500), new LivePoint(1.0, 1800), new LivePoint(1.5, 900)),
                model.iopsSeries().get(0).points());
    }

    @Test
    void oneJobShowsOnlyItsLinesAndEachJobShowsThemAll() {
        LiveViewModel model = twoReaders();
        assertEquals(List.of(LiveViewModel.EACH_JOB, LiveViewModel.ALL_JOBS, "a", "b"), model.jobChoices());
        model.jobSelectionProperty().set("b");
        assertEquals(List.of("b read"), names(model.iopsSeries()));
        assertEquals(5, model.latencySeries().size());
        model.jobSelectionProperty().set(LiveViewModel.EACH_JOB);
        assertEquals(List.of("a read", "b read"), names(model.iopsSeries()));
        assertEquals(List.of(new LivePoint(0.5, 1000), new LivePoint(1.0, 1200)), model.iopsSeries().get(0).points());
    }

    @Test
    void latencyKindSwitchesTheLinesToThatLatency() {
        LiveViewModel model = twoReaders();
        assertEquals(List.of(LatencyKind.CLAT, LatencyKind.LAT), model.latencyKinds()); // no slat recorded
        model.jobSelectionProperty().set("a");
        model.latencyKindProperty().set(LatencyKind.LAT);
        assertEquals(List.of("a read lat p50", "a read lat p90", "a read lat p99", "a read lat p99.9", "a read lat max"),
                names(model.latencySeries()));
        assertEquals(new LivePoint(1.0, 51_000), model.latencySeries().get(2).points().get(1));
        model.latencyKindProperty().set(LatencyKind.CLAT);
        assertEquals(new LivePoint(1.0, 50_000), model.latencySeries().get(2).points().get(1));
    }

    @Test
    void sameNamedJobsGetTheirOwnLines() {
        LiveViewModel model = new LiveViewModel();
        model.runStarted();
        model.accept(List.of(window("rand", 1, 0, Direction.READ, 100, CLAT, LAT, LatencySummary.EMPTY, false),
                window("rand", 2, 0, Direction.READ, 200, CLAT, LAT, LatencySummary.EMPTY, false)));
        assertEquals(List.of("rand read", "rand#2 read"), names(model.iopsSeries()));
    }

    @Test
    void distributionsArePerJobOrSummedFromTheJobsHistograms() {
        LiveViewModel model = twoReaders();
        LatencyHistogram a = LatencyHistogram.of(new long[] {10_000, 100_000}, new long[] {90, 10});
        LatencyHistogram b = LatencyHistogram.of(new long[] {10_000, 1_000_000}, new long[] {99, 1});
        model.acceptCumulative(List.of(FakeSamples.cumulative("a", 1, Direction.READ, a),
                FakeSamples.cumulative("b", 2, Direction.READ, b)));
        List<NamedDistribution> each = model.distributionsProperty().get();
        assertEquals(List.of("a read", "b read"), each.stream().map(NamedDistribution::name).toList());
        assertEquals(100, each.get(0).count());

        model.jobSelectionProperty().set(LiveViewModel.ALL_JOBS);
        List<NamedDistribution> all = model.distributionsProperty().get();
        assertEquals(1, all.size());
        assertEquals("all jobs read", all.get(0).name());
        assertEquals(200, all.get(0).count());
        // of 200 samples 189 are at 10 µs: 94.5% of them; the maximum is b's 1 ms
        assertEquals(10_000, valueAt(all.get(0), 90));
        assertEquals(1_000_000, all.get(0).points().get(all.get(0).points().size() - 1).valueNanos());
    }

    @Test
    void aNewRunKeepsTheLatencyKindAndForgetsANamedJob() {
        LiveViewModel model = twoReaders();
        model.latencyKindProperty().set(LatencyKind.LAT);
        model.jobSelectionProperty().set("b");
        model.runStarted();
        assertEquals(LatencyKind.LAT, model.latencyKindProperty().get());
        assertEquals(LiveViewModel.EACH_JOB, model.jobSelectionProperty().get());
        assertEquals(List.of(LiveViewModel.EACH_JOB, LiveViewModel.ALL_JOBS), model.jobChoices());
        assertEquals(List.of(LatencyKind.CLAT), model.latencyKinds());
    }

    private static long valueAt(NamedDistribution d, double percent) {
        return d.points().stream().filter(p -> Math.abs(p.percent() - percent) < 1e-9).findFirst().orElseThrow().valueNanos();
    }
}
