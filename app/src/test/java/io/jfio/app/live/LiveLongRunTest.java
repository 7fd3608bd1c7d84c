package io.jfio.app.live;

import static io.jfio.app.live.FakeSamples.summary;
import static io.jfio.app.live.FakeSamples.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.jfio.model.result.Direction;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.LatencySummary;

import javafx.collections.ListChangeListener;

import org.junit.jupiter.api.Test;

/** A 24-hour run of 500 ms windows (172,800 per job) through the live view-model: bounded, and cheap per batch. */
class LiveLongRunTest {

    private static final int WINDOWS = 24 * 3600 * 2;
    private static final int BATCH = 20; // 10 s of windows per drain: far more than the 10 Hz drain ever takes
    private static final double LAST_SECONDS = WINDOWS * 0.5;

    @Test
    void aDayOfHalfSecondWindowsKeepsEverySeriesBoundedAndCheapPerBatch() {
        LiveViewModel model = new LiveViewModel();
        model.runStarted();
        model.jobSelectionProperty().set(LiveViewModel.EACH_JOB);
        Map<LiveSeries, int[]> changesThisBatch = new IdentityHashMap<>();
        long[] pointsTouched = {0};
        int[] largestChange = {0};
        int batches = 0;
        LatencySummary normal = summary(10_000, 20_000, 50_000, 90_000, 120_000);
        LatencySummary spike = summary(10_000, 20_000, 50_000, 90_000, 80_000_000);
        for (int first = 0; first < WINDOWS; first += BATCH) {
            List<IntervalSample> batch = new ArrayList<>(BATCH);
            for (int k = first; k < Math.min(WINDOWS, first + BATCH); k++) {
                // one 80 ms stall an hour into the run: thinning must keep it
                batch.add(window("day", 1, k, Direction.READ, 20_000 + k % 7, k == 7200 ? spike : normal, normal,
                        LatencySummary.EMPTY, false));
            }
            model.accept(batch);
            batches++;
            if (batches == 1) {
                for (List<LiveSeries> chart : List.of(model.iopsSeries(), model.bandwidthSeries(), model.latencySeries())) {
                    for (LiveSeries series : chart) {
                        int[] count = {0};
                        changesThisBatch.put(series, count);
                        series.points().addListener((ListChangeListener<LivePoint>) c -> {
                            count[0]++;
                            while (c.next()) {
                                pointsTouched[0] += c.getAddedSize();
                                largestChange[0] = Math.max(largestChange[0], c.getAddedSize());
                            }
                        });
                    }
                }
                continue;
            }
            for (Map.Entry<LiveSeries, int[]> e : changesThisBatch.entrySet()) {
                assertEquals(1, e.getValue()[0], e.getKey().name() + " in batch " + batches);
                e.getValue()[0] = 0;
            }
        }
        assertEquals(7, changesThisBatch.size()); // iops, bandwidth, five latency lines
        for (LiveSeries series : changesThisBatch.keySet()) {
            List<LivePoint> points = series.points();
            assertTrue(points.size() <= LiveViewModel.DEFAULT_MAX_POINTS, series.name() + ": " + points.size());
            assertTrue(points.size() >= LiveViewModel.DEFAULT_MAX_POINTS / 2, series.name() + ": " + points.size());
            assertEquals(0.5, points.get(0).seconds(), 1e-9, series.name());
            assertEquals(LAST_SECONDS, points.get(points.size() - 1).seconds(), 1e-9, series.name());
        }
        LiveSeries max = model.latencySeries().get(4);
        assertEquals("day read max", max.name());
        assertTrue(max.points().contains(new LivePoint(3600.5, 80_000_000)), "the stall survived thinning");
        // amortized, the chart lists see a handful of points per window, never more than a screenful at once
        double perWindow = (double) pointsTouched[0] / changesThisBatch.size() / WINDOWS;
        assertTrue(perWindow <= 5, "points touched per window and series: " + perWindow);
        assertTrue(largestChange[0] <= LiveViewModel.DEFAULT_MAX_POINTS, "largest change " + largestChange[0]);
        assertEquals(WINDOWS, model.windowCount());
    }
}
