package io.jfio.engine.run;

import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.RunResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ramp_time on size-based jobs, as fio 3.33 does it (checked with its JSON on the null and psync engines):
 * the ramp's I/O counts toward size (fio resets its statistics at the ramp's end, not the job's size:
 * rw=read size=16m rate=8m ramp_time=1 moves 16 MiB in all and reports 8384512 bytes, 2047 I/Os, runtime
 * 1000 ms), and a job that ends inside its ramp is reported whole, without latency samples (size=2m rate=8m
 * ramp_time=2: io_bytes 2097152, total_ios 512, runtime 250 ms, clat N 0, iodepth 1 at 100 %).
 */
class RampTimeSizeBasedTest {

    @Test
    void rampIoCountsTowardSizeAndIsLeftOutOfTheReport() {
        TestRuns.SamplerGrab grab = new TestRuns.SamplerGrab();
        RunResult result = TestRuns.run("[r]\nioengine=null\nrw=read\nbs=4k\nsize=1m\nrate_iops=4000\n"
                + "ramp_time=20ms\n", grab);
        JobResult job = result.jobs().get(0);
        DirectionStats read = job.stats().direction(Direction.READ);
        assertEquals(256, grab.samplers.get(0).counters().ios(Direction.READ), "ramp and measured I/O together move size");
        assertTrue(read.ios() > 0 && read.ios() < 256, "measured I/Os: " + read.ios());
        assertEquals(read.ios() * 4096, read.bytes());
        assertEquals(read.ios(), read.clat().count());
        assertEquals(read.ios(), job.issued().total()[0]);
        assertEquals(read.ios(), job.ioDepths().total());
    }

    @Test
    void jobEndingInsideItsRampIsReportedWholeWithoutLatencies() {
        RunResult result = TestRuns.run("[r]\nioengine=null\nrw=read\nbs=4k\nsize=256k\nramp_time=30s\n");
        JobResult job = result.jobs().get(0);
        DirectionStats read = job.stats().direction(Direction.READ);
        assertEquals("", job.errorMessage());
        assertEquals(256 * 1024, read.bytes());
        assertEquals(64, read.ios());
        assertEquals(0, read.clat().count());
        assertEquals(64, job.issued().total()[0]);
        assertEquals(64, job.ioDepths().counts()[0]);
        assertEquals(job.elapsedMillis(), job.runtimeMillis());
        assertTrue(job.elapsedMillis() < 30_000, "the ramp does not keep a finished job waiting");
    }
}
