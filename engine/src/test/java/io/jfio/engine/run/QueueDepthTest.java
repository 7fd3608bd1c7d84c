package io.jfio.engine.run;

import io.jfio.model.result.DepthHistogram;
import io.jfio.model.result.JobResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * iodepth_low as fio's HOWTO says it: with iodepth=16 and iodepth_low=4, once the queue is full it drains
 * down to 4 before refilling, so I/Os are issued at depths 5 to 16 evenly (3 of 12 in 4-7, 8 in 8-15,
 * 1 at 16); by default the queue is kept full. io_uring on a cached file: its completions wait in the ring
 * until reaped, one per reap (fio's null engine, like jfio's, takes no new I/O while one waits, so its depth
 * stays 1).
 */
class QueueDepthTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    private DepthHistogram depths(String low) {
        org.junit.jupiter.api.Assumptions.assumeTrue(io.jfio.engine.ioengine.IoEngines.require("io_uring").isAvailable(),
                "io_uring not permitted here");
        JobResult job = TestRuns.run("[q]\nioengine=io_uring\nrw=read\nbs=4k\nsize=4m\niodepth=16\n"
                + "iodepth_batch_complete_max=1\ndirectory=" + dir + "\n" + low).jobs().get(0);
        assertEquals("", job.errorMessage());
        assertEquals(1024, job.ioDepths().total());
        return job.ioDepths();
    }

    @Test
    void iodepthLowLetsTheQueueDrainToItBeforeRefilling() {
        DepthHistogram d = depths("iodepth_low=4\n");
        assertTrue(Math.abs(d.percent(2) - 25.0) <= 1.0, "4-7: " + d.percent(2));
        assertTrue(Math.abs(d.percent(3) - 66.7) <= 1.0, "8-15: " + d.percent(3));
        assertTrue(Math.abs(d.percent(4) - 8.3) <= 1.0, "16: " + d.percent(4));
    }

    @Test
    void withoutIodepthLowTheQueueIsKeptFull() {
        DepthHistogram d = depths("");
        assertTrue(d.percent(4) >= 98.0, "16: " + d.percent(4));
    }

    private static DepthHistogram nullDepths(String extra) {
        JobResult job = TestRuns.run("[n]\nioengine=null\nrw=randread\nbs=4k\nsize=4m\niodepth=16\n" + extra)
                .jobs().get(0);
        assertEquals("", job.errorMessage());
        assertEquals(1024, job.ioDepths().total());
        return job.ioDepths();
    }

    @Test
    void nullEngineTakesNoNewIoWhileOneWaitsSoItsDepthIsOneAsFios() {
        // fio 3.33 --ioengine=null --iodepth=16: IO depths 1=100.0%
        assertEquals(100.0, nullDepths("").percent(0), 0.01);
    }

    @Test
    void aCommitOfEightIsCountedAtTheDepthItMakesAsFioCounts() {
        // fio 3.33 --ioengine=null --iodepth=16 --iodepth_batch_submit=8: IO depths 8=100.0%
        assertEquals(100.0, nullDepths("iodepth_batch_submit=8\n").percent(3), 0.01);
    }
}
