package io.jfio.model.result;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntervalSampleTest {

    private static IntervalSample window(long startMs, long endMs, long ios, boolean last) {
        long dur = (endMs - startMs) * 1_000_000L;
        DirectionWindow w = new DirectionWindow(Direction.WRITE, ios * 4096, ios, Rates.perSecond(ios, dur),
                Rates.perSecond(ios * 4096, dur) / 1024, 4096, LatencySummary.EMPTY, LatencySummary.EMPTY,
                LatencySummary.EMPTY, null);
        return new IntervalSample("j", 1, startMs * 1_000_000L, endMs * 1_000_000L, last, List.of(w));
    }

    @Test
    void mergeComputesRatesOverCombinedLength() {
        IntervalSample merged = IntervalSample.merge(window(0, 500, 400, false), window(500, 510, 20, true));
        DirectionWindow w = merged.direction(Direction.WRITE);
        assertEquals(420, w.ios());
        assertEquals(420 / 0.510, w.iops(), 1e-6);
        assertEquals(510, merged.endMillis());
        assertTrue(merged.finalWindow());
    }

    @Test
    void mergeRejectsNonConsecutiveWindows() {
        assertThrows(IllegalArgumentException.class,
                () -> IntervalSample.merge(window(0, 500, 1, false), window(600, 700, 1, false)));
    }

    @Test
    void unsampledDirectionReadsAsIdle() {
        assertEquals(0, window(0, 500, 3, false).direction(Direction.READ).ios());
    }
}
