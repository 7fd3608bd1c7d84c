package io.jfio.engine.sample;

import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Rates;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowAggregatorTest {

    private static final long MS = 1_000_000L;

    private static IntervalSample window(long startMs, long endMs, long ios, boolean last) {
        long dur = (endMs - startMs) * MS;
        DirectionWindow w = new DirectionWindow(Direction.READ, ios * 4096, ios, Rates.perSecond(ios, dur),
                Rates.perSecond(ios * 4096, dur) / 1024, 4096, LatencySummary.EMPTY, LatencySummary.EMPTY,
                LatencySummary.EMPTY, null);
        return new IntervalSample("j", 1, startMs * MS, endMs * MS, last, List.of(w));
    }

    private static List<IntervalSample> run(long periodMs, IntervalSample... input) {
        WindowAggregator agg = new WindowAggregator(periodMs);
        List<IntervalSample> out = new ArrayList<>();
        for (IntervalSample s : input) {
            agg.accept(s, out::add);
        }
        agg.flush(out::add);
        return out;
    }

    @Test
    void joinsFiveBaseWindowsIntoOnePeriod() {
        List<IntervalSample> in = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            in.add(window(k * 100, k * 100 + 100, 10, false));
        }
        List<IntervalSample> out = run(500, in.toArray(IntervalSample[]::new));
        assertEquals(2, out.size());
        assertEquals(500, out.get(0).endMillis());
        assertEquals(50, out.get(0).direction(Direction.READ).ios());
        assertEquals(100.0, out.get(1).direction(Direction.READ).iops(), 1e-9);
    }

    @Test
    void longPartialLastWindowIsEmittedWithRateOverItsRealLength() {
        List<IntervalSample> out = run(500, window(0, 500, 50, false), window(500, 750, 50, true));
        assertEquals(2, out.size());
        IntervalSample last = out.get(1);
        assertEquals(250, last.durationNanos() / MS);
        assertEquals(200.0, last.direction(Direction.READ).iops(), 1e-9);
        assertTrue(last.finalWindow());
    }

    @Test
    void sliverAfterTheDeadlineIsFoldedIntoTheLastFullWindow() {
        List<IntervalSample> out = run(500, window(0, 500, 50, false), window(500, 1000, 50, false),
                window(1000, 1002, 1, true));
        assertEquals(2, out.size());
        IntervalSample last = out.get(1);
        assertEquals(1002, last.endMillis());
        assertEquals(51, last.direction(Direction.READ).ios());
        assertEquals(51 / 0.502, last.direction(Direction.READ).iops(), 1e-9);
    }

    @Test
    void gapFromADroppedWindowFlushesAndStartsOver() {
        List<IntervalSample> out = run(200, window(0, 100, 1, false), window(200, 300, 1, false),
                window(300, 400, 1, false));
        assertEquals(List.of(100L, 400L), out.stream().map(IntervalSample::endMillis).toList());
    }

    @Test
    void samePeriodPassesWindowsThrough() {
        List<IntervalSample> out = run(100, window(0, 100, 1, false), window(100, 200, 2, false),
                window(200, 300, 3, true));
        assertEquals(List.of(1L, 2L, 3L), out.stream().map(s -> s.direction(Direction.READ).ios()).toList());
    }
}
