package io.jfio.engine.run;

import io.jfio.model.result.DepthHistogram;
import io.jfio.model.result.JobResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * iodepth_low as fio's HOWTO says it: with iodepth=16 and iodepth_low=4, once the queue is full it drains
 * down to 4 before refilling, so I/Os are issued at depths 5 to 16 evenly (3 of 12 in 4-7, 8 in 8-15,
 * 1 at 16); by default the queue is kept full. (fio's own null engine completes at commit, so its depth
 * figures cannot show this: the null engine here keeps I/Os in flight until reaped, one per reap with
 * iodepth_batch_complete_max=1.)
 */
class QueueDepthTest {

    private static DepthHistogram depths(String low) {
        JobResult job = TestRuns.run("[q]\nioengine=null\nrw=read\nbs=4k\nsize=4m\niodepth=16\n"
                + "iodepth_batch_complete_max=1\n" + low).jobs().get(0);
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
}
