package io.jfio.engine.run;

import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SizeBasedJobTest {

    @TempDir
    Path dir;

    @Test
    void psyncRandomReadMovesExactlySizeInSizeOverBsIos() {
        RunResult result = TestRuns.run("[r]\nioengine=psync\nrw=randread\nbs=4k\nsize=1m\ndirectory=" + dir + "\n");
        JobResult job = result.jobs().get(0);
        assertEquals("", job.errorMessage());
        DirectionStats read = job.stats().direction(Direction.READ);
        assertEquals(1 << 20, read.bytes());
        assertEquals(256, read.ios());
        assertEquals(256, job.issued().total()[0]);
        assertEquals(256, read.clat().count());
    }

    @Test
    void sequentialWriteMovesSizeAndLaysOutTheFile() throws Exception {
        RunResult result = TestRuns.run("[w]\nrw=write\nbs=16k\nsize=512k\ndirectory=" + dir + "\n");
        DirectionStats write = TestRuns.stats(result, 0, Direction.WRITE);
        assertEquals(512 * 1024, write.bytes());
        assertEquals(32, write.ios());
        assertEquals(512 * 1024, Files.size(dir.resolve("w.0.0")));
    }

    @Test
    void loopsThreeMovesSizeThreeTimes() {
        RunResult result = TestRuns.run("[l]\nrw=read\nbs=4k\nsize=256k\nloops=3\ndirectory=" + dir + "\n");
        DirectionStats read = TestRuns.stats(result, 0, Direction.READ);
        assertEquals(3 * 256 * 1024, read.bytes());
        assertEquals(192, read.ios());
    }

    @Test
    void nullEngineDoesSizeOverBsIosWithoutFiles() {
        RunResult result = TestRuns.run("[n]\nioengine=null\nrw=randwrite\nbs=4k\nsize=1m\ndirectory=" + dir + "\n");
        assertEquals(256, TestRuns.stats(result, 0, Direction.WRITE).ios());
        assertFalse(Files.exists(dir.resolve("n.0.0")), "the null engine must not create files");
    }

    @Test
    void sizePercentMovesThatShareOfAnExistingFile() throws Exception {
        Path file = dir.resolve("existing");
        Files.write(file, new byte[1 << 20]);
        RunResult result = TestRuns.run("[p]\nrw=read\nbs=4k\nsize=50%\nfilename=" + file + "\n");
        DirectionStats read = TestRuns.stats(result, 0, Direction.READ);
        // fio 3.33 on the same 1 MiB file: io_bytes 524288, total_ios 128
        assertEquals(524288, read.bytes());
        assertEquals(128, read.ios());
    }

    @Test
    void filesizeRangeSizesEachFileWithinItAndTheJobMovesThemAll() throws Exception {
        RunResult result = TestRuns.run("[f]\nrw=read\nbs=4k\nnrfiles=4\nfilesize=64k-128k\ndirectory=" + dir + "\n");
        long total = 0;
        for (int i = 0; i < 4; i++) {
            long size = Files.size(dir.resolve("f.0." + i));
            assertTrue(size >= 64 * 1024 && size <= 128 * 1024 && size % 4096 == 0, "file " + i + ": " + size);
            total += size;
        }
        assertEquals(total, TestRuns.stats(result, 0, Direction.READ).bytes());
    }

    @Test
    void numjobsClonesEachMoveTheirOwnFile() {
        RunResult result = TestRuns.run("[c]\nrw=read\nbs=8k\nsize=128k\nnumjobs=2\ndirectory=" + dir + "\n");
        assertEquals(2, result.jobs().size());
        assertEquals(16, TestRuns.stats(result, 0, Direction.READ).ios());
        assertEquals(16, TestRuns.stats(result, 1, Direction.READ).ios());
        assertTrue(Files.exists(dir.resolve("c.0.0")) && Files.exists(dir.resolve("c.1.0")));
    }

    @Test
    void unlinkRemovesTheJobsFileAfterTheRun() {
        TestRuns.run("[u]\nrw=read\nsize=64k\nunlink=1\ndirectory=" + dir + "\n");
        assertFalse(Files.exists(dir.resolve("u.0.0")));
    }

    @Test
    void fsyncEveryFourWritesIsCountedAsSync() {
        RunResult result = TestRuns.run("[f]\nrw=write\nbs=4k\nsize=64k\nfsync=4\ndirectory=" + dir + "\n");
        JobResult job = result.jobs().get(0);
        // fio issues the sync before the next write, so none after the last one: 16 writes, 3 syncs
        assertEquals(16, job.issued().total()[1]);
        assertEquals(3, job.issued().total()[3]);
        assertEquals(3, job.syncLatency().count());
    }
}
