package io.jfio.engine.run;

import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.RunResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * rate_iops over a whole run, counted rather than timed: number_ios fixes the I/Os, so the runtime the
 * result reports must be ios / rate. fio 3.33 on the same job (null, randread, rate_iops=4000,
 * number_ios=2000): 2000 I/Os, runtime 500 ms, iops 4000.0.
 */
class RateIopsRunTest {

    @Test
    void rateIopsHoldsWithinOnePercentOverTheRun() {
        RunResult result = TestRuns.run("[r]\nioengine=null\nrw=randread\nbs=4k\nsize=64m\nrate_iops=4000\n"
                + "number_ios=4000\n");
        JobResult job = result.jobs().get(0);
        DirectionStats read = job.stats().direction(Direction.READ);
        assertEquals(4000, read.ios());
        // the last of 4000 I/Os at 4000/s starts at 999.75 ms
        assertTrue(Math.abs(job.runtimeMillis() - 1000) <= 10, "runtime " + job.runtimeMillis() + " ms");
        assertTrue(Math.abs(read.meanIops() - 4000) <= 40, "iops " + read.meanIops());
    }

    @Test
    void rateInBytesHoldsWithinOnePercentOverTheRun() {
        RunResult result = TestRuns.run("[w]\nioengine=null\nrw=write\nbs=4k\nsize=4m\nrate=4m\n");
        JobResult job = result.jobs().get(0);
        DirectionStats write = job.stats().direction(Direction.WRITE);
        assertEquals(4 << 20, write.bytes());
        assertTrue(Math.abs(write.meanBytesPerSecond() - (4 << 20)) <= (4 << 20) / 100.0,
                "bandwidth " + write.meanBytesPerSecond());
    }
}
