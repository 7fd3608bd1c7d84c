package io.jfio.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LiveSeriesTest {

    private static List<LivePoint> points(int from, int to) {
        List<LivePoint> points = new ArrayList<>();
        for (int i = from; i < to; i++) {
            points.add(new LivePoint(i, i * 10));
        }
        return points;
    }

    @Test
    void aSeriesNeverHoldsMoreThanItsMaximum() {
        LiveSeries series = new LiveSeries("s", 100);
        for (int batch = 0; batch < 1000; batch++) {
            series.addAll(points(batch * 7, batch * 7 + 7));
            assertTrue(series.points().size() <= 100, "size " + series.points().size());
        }
    }

    @Test
    void thinningKeepsTheNewestPointsExactAndTheFirstPoint() {
        LiveSeries series = new LiveSeries("s", 10);
        series.addAll(points(0, 10));
        series.addAll(points(10, 11));
        List<LivePoint> kept = series.points();
        // older half 0..4: the first point, then the low and the high of 1..4
        assertEquals(List.of(new LivePoint(0, 0), new LivePoint(1, 10), new LivePoint(4, 40), new LivePoint(5, 50),
                new LivePoint(6, 60), new LivePoint(7, 70), new LivePoint(8, 80), new LivePoint(9, 90),
                new LivePoint(10, 100)), kept);
    }

    @Test
    void thinningKeepsASpikeAndADip() {
        LiveSeries series = new LiveSeries("s", 10);
        List<LivePoint> flat = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            flat.add(new LivePoint(i, i == 2 ? 900 : i == 3 ? 1 : 50));
        }
        series.addAll(flat);
        assertTrue(series.points().contains(new LivePoint(2, 900)));
        assertTrue(series.points().contains(new LivePoint(3, 1)));
        assertEquals(new LivePoint(0, 50), series.points().get(0));
        assertEquals(new LivePoint(10, 50), series.points().get(series.points().size() - 1));
    }
}
