package io.jfio.engine.run;

import io.jfio.engine.ioengine.IoEngines;
import io.jfio.engine.sample.JobSampler;
import io.jfio.engine.sample.PerIoListener;
import io.jfio.model.log.FioLogReader;
import io.jfio.model.log.LogEntry;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        // rate_iops x runtime is the most it may do (RateIopsRunTest holds the rate to 1 %); what this test is about
        // is the logs below, so a loaded machine whose writes fall behind the rate does not fail it
        long expected = 400L * seconds;
        assertTrue(write.ios() <= expected + expected / 100 && write.ios() >= expected / 2,
                "rate_iops=400 for " + seconds + " s: " + write.ios());
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

    @Test
    void offloadLibaioLoopsThreeMovesExactlyThreeTimesSize() {
        assumeTrue(IoEngines.require("libaio").isAvailable(), "Linux AIO not permitted here");
        RunResult result = TestRuns.run("[l]\nioengine=libaio\niodepth=8\nio_submit_mode=offload\nrw=randread\n"
                + "bs=4k\nsize=256k\nloops=3\ndirectory=" + dir + "\n");
        JobResult job = result.jobs().get(0);
        assertEquals("", job.errorMessage());
        DirectionStats read = job.stats().direction(Direction.READ);
        assertEquals(3 * 256 * 1024, read.bytes());
        assertEquals(192, read.ios());
        assertEquals(192, job.issued().total()[0]);
    }

    @Test
    void offloadSyncsAfterEveryFourWritesAsInline() {
        assumeTrue(IoEngines.require("libaio").isAvailable(), "Linux AIO not permitted here");
        RunResult result = TestRuns.run("[f]\nioengine=libaio\niodepth=8\nio_submit_mode=offload\nrw=write\nbs=4k\n"
                + "size=64k\nfsync=4\ndirectory=" + dir + "\n");
        JobResult job = result.jobs().get(0);
        assertEquals("", job.errorMessage());
        // the inline loop's figures (SizeBasedJobTest): 16 writes, a sync before each 5th, 9th and 13th
        assertEquals(16, job.issued().total()[1]);
        assertEquals(3, job.issued().total()[3]);
        assertEquals(3, job.syncLatency().count());
    }

    @Test
    void offloadDrainsTheQueueAtEachLoopEnd() {
        LoopTimes times = new LoopTimes(16);
        RunResult result = TestRuns.run("[d]\nioengine=null\niodepth=8\nio_submit_mode=offload\nrw=read\nbs=4k\n"
                + "size=64k\nloops=4\n", times);
        assertEquals(64, TestRuns.stats(result, 0, Direction.READ).ios());
        for (int loop = 1; loop < 4; loop++) {
            assertTrue(times.firstSubmit(loop) >= times.lastCompletion(loop - 1),
                    "loop " + loop + " was submitted before loop " + (loop - 1) + " completed");
        }
    }

    /** Per loop of a sequential job, its first submission and last completion (the n-th I/O at an offset is loop n's). */
    private static final class LoopTimes implements RunListener, PerIoListener {
        private final Map<Long, Integer> submitted = new HashMap<>();
        private final Map<Long, Integer> completed = new HashMap<>();
        private final List<Long> firstSubmit = new ArrayList<>();
        private final List<Long> lastCompletion = new ArrayList<>();

        LoopTimes(int loops) {
            for (int i = 0; i < loops; i++) {
                firstSubmit.add(Long.MAX_VALUE);
                lastCompletion.add(Long.MIN_VALUE);
            }
        }

        @Override
        public void jobPrepared(JobSettings job, JobSampler sampler) {
            sampler.setPerIoListener(this);
        }

        @Override
        public void onCompletion(Direction direction, long bytes, long offset, int prio, long clatNanos,
                                 long latNanos, long completionNanos) {
            int loop = completed.merge(offset, 1, Integer::sum) - 1;
            lastCompletion.set(loop, Math.max(lastCompletion.get(loop), completionNanos));
        }

        @Override
        public void onSubmission(Direction direction, long bytes, long offset, int prio, long slatNanos,
                                 long submitNanos) {
            int loop = submitted.merge(offset, 1, Integer::sum) - 1;
            firstSubmit.set(loop, Math.min(firstSubmit.get(loop), submitNanos));
        }

        long firstSubmit(int loop) {
            return firstSubmit.get(loop);
        }

        long lastCompletion(int loop) {
            return lastCompletion.get(loop);
        }
    }
}
