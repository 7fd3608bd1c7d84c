package io.jfio.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinRateMonitorTest {
    private static final long MS = 1_000_000L;

    @Test
    void aJobAboveItsFloorPasses() {
        MinRateMonitor monitor = new MinRateMonitor(RateSpec.builder().minIops(DataDirection.READ, 100).build(), 0);
        for (long t = 0; t < 5000; t++) {
            if (t % 5 == 0) {
                monitor.onCompleted(DataDirection.READ_INDEX, 4096);
            }
            assertTrue(monitor.check(t * MS), "at " + t + " ms");
        }
        assertNull(monitor.failedDirection());
    }

    @Test
    void aJobBelowItsIopsFloorOverACycleFailsWithFiosMessage() {
        MinRateMonitor monitor = new MinRateMonitor(RateSpec.builder().minIops(DataDirection.WRITE, 100).build(), 0);
        for (int i = 0; i < 80; i++) {
            monitor.onCompleted(DataDirection.WRITE_INDEX, 4096);
        }
        assertTrue(monitor.check(999 * MS), "the window is not over yet");
        assertFalse(monitor.check(1000 * MS));
        assertEquals(DataDirection.WRITE, monitor.failedDirection());
        assertEquals(80, monitor.achievedRate());
        assertEquals("job1: rate_iops_min=100 not met, got 80 IOPS (writes)", monitor.failureMessage("job1"));
    }

    @Test
    void aByteFloorIsCheckedPerRateCycle() {
        MinRateMonitor monitor = new MinRateMonitor(RateSpec.builder()
                .minBytesPerSecond(DataDirection.READ, 1_000_000).cycleMillis(250).build(), 0);
        monitor.onCompleted(DataDirection.READ_INDEX, 300_000);
        assertTrue(monitor.check(250 * MS));
        monitor.onCompleted(DataDirection.READ_INDEX, 200_000);
        assertFalse(monitor.check(500 * MS));
        assertEquals(800_000, monitor.achievedRate());
        assertEquals("j: rate_min=1000000B/s not met, got 800000B/s (reads)", monitor.failureMessage("j"));
    }
}
