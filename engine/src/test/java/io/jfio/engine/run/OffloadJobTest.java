package io.jfio.engine.run;

import io.jfio.engine.ioengine.IoEngines;
import io.jfio.model.log.FioLogReader;
import io.jfio.model.log.LogEntry;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The report's job A (empty-logs-a.fio), shortened: iodepth=300 with io_submit_mode=offload and per-I/O latency logs. */
class OffloadJobTest {

    @TempDir
    Path dir;

    private String jobA(String engine, int seconds) {
        return "[global]\nioengine=" + engine + "\ndirect=1\nnumjobs=1\nbs=4k\niodepth=300\nrw=randwrite\nrandrepeat=0\n"
                + "io_submit_mode=offload\nrate_iops=400\ntime_based=1\nruntime=" + seconds + "s\n"
                + "[slow_write]\nfilename=" + dir.resolve("testfile.io") + "\nsize=4m\n"
                + "write_lat_log=" + dir.resolve("fio_lat") + "\n";
    }

    @Test
    void offloadWithLibaioRunsToCompletionWithOneLatLineEachIo() throws Exception {
        assumeTrue(IoEngines.require("libaio").isAvailable(), "Linux AIO not permitted here");
        checkJobA("libaio", 2);
    }

    @Test
    void offloadWithIoUringRunsToCompletionWithOneLatLineEachIo() throws Exception {
        assumeTrue(IoEngines.require("io_uring").isAvailable(), "io_uring not permitted here");
        checkJobA("io_uring", 1);
    }

    private void checkJobA(String engine, int seconds) throws Exception {
        RunResult result = TestRuns.run(jobA(engine, seconds));
        JobResult job = result.jobs().get(0);
        assertEquals("", job.errorMessage());
        DirectionStats write = job.stats().direction(Direction.WRITE);
        long expected = 400L * seconds; // rate_iops x runtime, within 1 %
        assertTrue(Math.abs(write.ios() - expected) <= expected / 100, "rate_iops=400 for " + seconds + " s: "
                + write.ios());
        List<LogEntry> lat = FioLogReader.readAll(dir.resolve("fio_lat_lat.1.log"));
        List<LogEntry> clat = FioLogReader.readAll(dir.resolve("fio_lat_clat.1.log"));
        List<LogEntry> slat = FioLogReader.readAll(dir.resolve("fio_lat_slat.1.log"));
        assertEquals(write.ios(), lat.size());
        assertEquals(write.ios(), clat.size());
        assertEquals(write.ios(), slat.size());
        assertTrue(lat.stream().allMatch(e -> e.blockSizeBytes() == 4096 && e.ddir() == 1));
        assertEquals(write.ios(), write.slat().count());
    }

    @Test
    void offloadWithASynchronousEngineMovesExactlySize() {
        RunResult result = TestRuns.run("[o]\nioengine=psync\nio_submit_mode=offload\nrw=randread\nbs=4k\nsize=4m\n"
                + "directory=" + dir + "\n");
        JobResult job = result.jobs().get(0);
        assertEquals("", job.errorMessage());
        DirectionStats read = job.stats().direction(Direction.READ);
        assertEquals(4 << 20, read.bytes());
        assertEquals(1024, read.ios());
        assertTrue(read.clat().maxNanos() < 10_000_000_000L, "a unit reused while accounted gives absurd latencies");
    }

    @Test
    void offloadWithRampTimeMeasuresOnlyAfterTheRamp() {
        RunResult result = TestRuns.run("[r]\nioengine=null\nio_submit_mode=offload\niodepth=16\nrw=read\nsize=1m\n"
                + "time_based\nruntime=300ms\nramp_time=200ms\n");
        JobResult job = result.jobs().get(0);
        assertEquals("", job.errorMessage());
        assertEquals(job.stats().direction(Direction.READ).ios(), job.issued().total()[0]);
    }
}
