package io.jfio.engine.sample;

import io.jfio.engine.output.log.IoLogRing;
import io.jfio.engine.stats.PercentileList;
import io.jfio.model.result.Direction;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordingAllocationTest {

    private static final int RECORDS = 100_000;

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static void record(JobSampler s, IoLogRing ring, long base, int n) {
        for (int i = 0; i < n; i++) {
            Direction d = (i & 1) == 0 ? Direction.READ : Direction.WRITE;
            s.recordSubmission(d, 4096, i * 4096L, 0, 300 + i % 50, base + i);
            s.recordCompletion(d, 4096, i * 4096L, 0, 10_000 + i % 5_000, 11_000 + i % 5_000, base + i);
            if (ring.size() > ring.capacity() / 2) {
                ring.drain((sub, ddir, prio, t, v, lat, off, bytes) -> { }, Integer.MAX_VALUE);
            }
        }
    }

    @Test
    void recordingAnIoAllocatesNothing() {
        JobSampler s = new JobSampler(new SamplerConfig("alloc", 1, 3_600_000, EnumSet.allOf(Direction.class), true,
                PercentileList.FIO_DEFAULT, 3_600_000, 3_600_000, true));
        IoLogRing ring = new IoLogRing(1 << 12);
        s.setPerIoListener(ring);
        s.start(0);
        record(s, ring, 1, RECORDS); // warm up: classes loaded, code compiled
        long before = allocatedBytes();
        record(s, ring, 1 + RECORDS, RECORDS);
        long allocated = allocatedBytes() - before;
        assertTrue(allocated < 4_096, "recording " + RECORDS + " I/Os allocated " + allocated + " bytes");
    }
}
