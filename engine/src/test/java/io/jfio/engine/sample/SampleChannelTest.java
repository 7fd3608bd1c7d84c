package io.jfio.engine.sample;

import io.jfio.model.result.IntervalSample;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SampleChannelTest {

    private static IntervalSample window(int k) {
        return new IntervalSample("j", 1, k * 100L, (k + 1) * 100L, false, List.of());
    }

    @Test
    void fullChannelCountsDropsAndNeverBlocks() {
        SampleChannel c = new SampleChannel("test", 4);
        for (int k = 0; k < 10; k++) {
            c.offer(window(k));
        }
        assertEquals(4, c.size());
        assertEquals(6, c.droppedCount());
    }

    @Test
    void drainDeliversInOrderInBatches() {
        SampleChannel c = new SampleChannel("test", 8);
        for (int k = 0; k < 5; k++) {
            assertTrue(c.offer(window(k)));
        }
        List<Long> starts = new ArrayList<>();
        assertEquals(3, c.drain(s -> starts.add(s.startNanos()), 3));
        assertEquals(2, c.drain(s -> starts.add(s.startNanos()), 100));
        assertEquals(List.of(0L, 100L, 200L, 300L, 400L), starts);
        assertEquals(0, c.drain(s -> { }, 100));
    }

    @Test
    void drainedSlotsAreReusedAcrossTheWrap() {
        SampleChannel c = new SampleChannel("test", 2);
        List<Long> starts = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            assertTrue(c.offer(window(k)));
            c.drain(s -> starts.add(s.startNanos()), 1);
        }
        assertEquals(7, starts.size());
        assertEquals(0, c.droppedCount());
    }

    @Test
    void closedChannelIsDrainedOnlyWhenEmpty() {
        SampleChannel c = new SampleChannel("test", 2);
        c.offer(window(0));
        c.close();
        assertFalse(c.isDrained());
        c.poll();
        assertTrue(c.isDrained());
    }

    @Test
    void capacityRoundsUpToPowerOfTwo() {
        assertEquals(8, new SampleChannel("t", 5).capacity());
        assertEquals(1, new SampleChannel("t", 1).capacity());
    }
}
