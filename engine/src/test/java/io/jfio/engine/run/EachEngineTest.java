package io.jfio.engine.run;

import io.jfio.engine.ioengine.IoEngines;
import io.jfio.model.result.Direction;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.RunResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EachEngineTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"null", "sync", "psync", "vsync", "pvsync", "pvsync2", "libaio", "io_uring", "mmap", "posixaio"})
    void engineRunsAMixedJobOfSizeOverBsIos(String engine) {
        String reason = IoEngines.require(engine).unavailableReason();
        assumeTrue(reason == null, engine + " unavailable: " + reason);
        RunResult result = TestRuns.run("[" + engine + "]\nioengine=" + engine + "\nrw=randrw\nbs=4k\nsize=256k\n"
                + "iodepth=4\ndirectory=" + dir + "\n");
        JobResult job = result.jobs().get(0);
        assertEquals("", job.errorMessage());
        long reads = job.stats().direction(Direction.READ).ios();
        long writes = job.stats().direction(Direction.WRITE).ios();
        assertEquals(64, reads + writes);
        assertEquals(256 * 1024, job.stats().direction(Direction.READ).bytes()
                + job.stats().direction(Direction.WRITE).bytes());
        assertTrue(reads > 0 && writes > 0);
        assertEquals(64, job.issued().total()[0] + job.issued().total()[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"libaio", "io_uring", "posixaio"})
    void asyncEngineFillsItsQueueAndRecordsSlat(String engine) {
        String reason = IoEngines.require(engine).unavailableReason();
        assumeTrue(reason == null, engine + " unavailable: " + reason);
        RunResult result = TestRuns.run("[q]\nioengine=" + engine + "\nrw=randread\nbs=4k\nsize=1m\niodepth=16\n"
                + "iodepth_batch_submit=4\ndirectory=" + dir + "\n");
        JobResult job = result.jobs().get(0);
        assertEquals("", job.errorMessage());
        assertEquals(256, job.stats().direction(Direction.READ).ios());
        assertEquals(256, job.stats().direction(Direction.READ).slat().count());
        long[] depths = job.ioDepths().counts();
        assertEquals(256, job.ioDepths().total());
        assertTrue(depths[4] > 0, "the queue reached 16: " + job.ioDepths());
    }

    @ParameterizedTest
    @ValueSource(strings = {"psync", "vsync"})
    void engineWhoseCallMovesTheDataHasNoSlatButClatAndLat(String engine) {
        // fio reports no slat for FIO_SYNCIO engines, vsync included, even though vsync queues
        RunResult result = TestRuns.run("[s]\nioengine=" + engine + "\nrw=read\nbs=4k\nsize=256k\niodepth=4\n"
                + "directory=" + dir + "\n");
        JobResult job = result.jobs().get(0);
        assertEquals("", job.errorMessage());
        assertEquals(0, job.stats().direction(Direction.READ).slat().count());
        assertEquals(64, job.stats().direction(Direction.READ).clat().count());
        assertEquals(64, job.stats().direction(Direction.READ).lat().count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0"})
    void ioUringRingWhoseCompletionsWaitForItsThreadCompletesEveryIo(String completeMin) {
        // the ring is set up as fio's (SINGLE_ISSUER | DEFER_TASKRUN where the kernel has them): completions
        // reach the ring only when the worker enters, also when it polls (iodepth_batch_complete_min=0)
        assumeTrue(IoEngines.require("io_uring").isAvailable(), "io_uring not permitted here");
        RunResult result = TestRuns.run("[u]\nioengine=io_uring\nrw=randread\nbs=4k\nsize=1m\niodepth=8\n"
                + "iodepth_batch_complete_min=" + completeMin + "\ndirectory=" + dir + "\n");
        JobResult job = result.jobs().get(0);
        assertEquals("", job.errorMessage());
        assertEquals(256, job.stats().direction(Direction.READ).ios());
        assertEquals(256, job.stats().direction(Direction.READ).clat().count());
    }

    @org.junit.jupiter.api.Test
    void ioUringWithRegisteredFilesAndBuffersClosesCleanly() {
        assumeTrue(IoEngines.require("io_uring").isAvailable(), "io_uring not permitted here");
        RunResult result = TestRuns.run("[u]\nioengine=io_uring\nfixedbufs\nregisterfiles\nrw=randread\nbs=4k\n"
                + "size=256k\niodepth=8\nnrfiles=2\ndirectory=" + dir + "\n");
        JobResult job = result.jobs().get(0);
        assertEquals("", job.errorMessage());
        assertEquals(64, job.stats().direction(Direction.READ).ios());
    }
}
