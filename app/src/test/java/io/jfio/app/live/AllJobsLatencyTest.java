package io.jfio.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import io.jfio.engine.sample.JobSampler;
import io.jfio.engine.sample.SampleChannel;
import io.jfio.engine.sample.SamplerConfig;
import io.jfio.engine.stats.PercentileList;
import io.jfio.model.result.Direction;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.LatencySummary;

import org.junit.jupiter.api.Test;

/**
 * The aggregated selection's latency lines: one set per direction, the percentiles of all the jobs' I/Os
 * of a window, from windows the engine's samplers really published.
 */
class AllJobsLatencyTest {

    private static final long MS = 1_000_000L;
    private static final long T0 = 7_000 * MS;

    /** One 500 ms window of a reader whose I/Os completed with the given clat values, as the engine publishes it. */
    private static IntervalSample readerWindow(String job, int jobIndex, long[] clatNanos, int[] counts) {
        JobSampler sampler = new JobSampler(new SamplerConfig(job, jobIndex, 500, EnumSet.of(Direction.READ), false,
                PercentileList.FIO_DEFAULT, 500, 500, false));
        SampleChannel channel = sampler.subscribe("gui", 4);
        sampler.keepWindowHistograms();
        sampler.start(T0);
        for (int v = 0; v < clatNanos.length; v++) {
            for (int i = 0; i < counts[v]; i++) {
                sampler.recordCompletion(Direction.READ, 4096, 0, 0, clatNanos[v], clatNanos[v] + 1_000, T0 + 10 * MS);
            }
        }
        sampler.finish(T0 + 500 * MS);
        List<IntervalSample> out = new ArrayList<>();
        channel.drain(out::add, 4);
        return out.get(0);
    }

    private static LiveViewModel twoJobs() {
        // a: 1000 I/Os at 100 µs; b: 980 at 1 ms and 20 at 5 ms
        IntervalSample a = readerWindow("a", 1, new long[] {100_000}, new int[] {1000});
        IntervalSample b = readerWindow("b", 2, new long[] {1_000_000, 5_000_000}, new int[] {980, 20});
        LiveViewModel model = new LiveViewModel();
        model.runStarted();
        model.accept(List.of(a, b));
        return model;
    }

    private static double valueOf(LiveViewModel model, String series) {
        return model.latencySeries().stream().filter(s -> s.name().equals(series)).findFirst().orElseThrow()
                .points().get(0).value();
    }

    @Test
    void allJobsP99IsThePercentileOfTheMergedWindowNotTheMeanOfTheJobsP99s() {
        LiveViewModel model = twoJobs();
        double aP99 = valueOf(model, "a read p99");
        double bP50 = valueOf(model, "b read p50");
        double bP99 = valueOf(model, "b read p99");
        assertEquals(5_000_000, bP99, 5_000_000 / 100.0); // 990th of b's 1000 is one of its 20 at 5 ms
        model.jobSelectionProperty().set(LiveViewModel.ALL_JOBS);
        assertEquals(List.of("all jobs read p50", "all jobs read p90", "all jobs read p99", "all jobs read p99.9",
                "all jobs read max"), model.latencySeries().stream().map(LiveSeries::name).toList());
        // of the 2000 I/Os, 1980 are at 1 ms or below: the 1980th, the p99, is in the 1 ms bucket
        double p99 = valueOf(model, "all jobs read p99");
        assertEquals(bP50, p99);
        assertEquals(1_000_000, p99, 1_000_000 / 100.0);
        assertNotEquals((aP99 + bP99) / 2, p99, 1_000_000);
        // the 1000th is one of a's 100 µs (its bucket's value: a's own p99 is clamped to a's exact max);
        // the 1999th one of b's 5 ms ones; max is b's
        assertEquals(100_000, aP99);
        assertEquals(100_000, valueOf(model, "all jobs read p50"), 100_000 / 100.0);
        assertEquals(bP99, valueOf(model, "all jobs read p99.9"));
        assertEquals(5_000_000, valueOf(model, "all jobs read max"));
        assertEquals(0.5, model.latencySeries().get(0).points().get(0).seconds());
    }

    @Test
    void allJobsLatencyFollowsTheChosenKind() {
        LiveViewModel model = twoJobs();
        model.jobSelectionProperty().set(LiveViewModel.ALL_JOBS);
        model.latencyKindProperty().set(LatencyKind.LAT);
        // lat is clat + 1 µs here: the 1980th is still in b's 1 ms bucket
        assertEquals(1_001_000, valueOf(model, "all jobs read lat p99"), 1_001_000 / 100.0);
        assertEquals(5_001_000, valueOf(model, "all jobs read lat max"));
    }

    @Test
    void oneJobsAggregateLinesAreItsOwn() {
        LiveViewModel model = new LiveViewModel();
        model.runStarted();
        LatencySummary clat = FakeSamples.summary(10_000, 20_000, 50_000, 90_000, 120_000);
        model.accept(List.of(FakeSamples.window("solo", 1, 0, Direction.READ, 1000, clat, clat, LatencySummary.EMPTY,
                false)));
        model.jobSelectionProperty().set(LiveViewModel.ALL_JOBS);
        assertEquals(List.of(new LivePoint(0.5, 50_000)), model.latencySeries().get(2).points());
        assertEquals(List.of(new LivePoint(0.5, 120_000)), model.latencySeries().get(4).points());
    }
}
