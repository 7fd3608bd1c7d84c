package io.jfio.engine.ioengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** fsync/fdatasync units: every engine completes them; engines that cannot overlap them ask for BUSY. */
class SyncDirectionTest {

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"null", "sync", "psync", "vsync", "pvsync", "pvsync2", "libaio", "io_uring", "mmap", "posixaio"})
    void syncAndDatasyncAfterWritesSucceed(String engineName) throws Exception {
        EngineInfo info = IoEngines.require(engineName);
        assumeTrue(info.isAvailable(), info::unavailableReason);
        Path path = TestFiles.sizedFile(directory, "f", 16 * TestFiles.BLOCK);
        try (IoUnitSet units = IoUnitSet.allocate(4, TestFiles.BLOCK, 4096);
             IoEngine engine = info.create(EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forWriting(path.toString()));
            List<EngineDriver.Io> ios = List.of(
                    new EngineDriver.Io(IoDirection.WRITE, 0, TestFiles.BLOCK),
                    new EngineDriver.Io(IoDirection.WRITE, TestFiles.BLOCK, TestFiles.BLOCK),
                    new EngineDriver.Io(IoDirection.SYNC, 0, 0),
                    new EngineDriver.Io(IoDirection.WRITE, 2 * TestFiles.BLOCK, TestFiles.BLOCK),
                    new EngineDriver.Io(IoDirection.DATASYNC, 0, 0));
            int[] syncs = {0};
            EngineDriver.Stats stats = EngineDriver.run(engine, units, file, ios, 1, (unit, io) -> { }, unit -> {
                assertEquals(0, unit.errorNumber(), () -> unit + ": " + engine.describeError(unit));
                if (!unit.direction().isData()) {
                    assertEquals(0, unit.resultBytes());
                    syncs[0]++;
                }
            });
            engine.closeFile(file);
            assertEquals(5, stats.completed());
            assertEquals(2, syncs[0]);
            assertEquals(0, stats.errors());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"libaio", "posixaio", "vsync"})
    void syncWhileWritesOutstandingIsRefusedBusy(String engineName) throws Exception {
        EngineInfo info = IoEngines.require(engineName);
        assumeTrue(info.isAvailable(), info::unavailableReason);
        Path path = TestFiles.sizedFile(directory, "f", 16 * TestFiles.BLOCK);
        try (IoUnitSet units = IoUnitSet.allocate(2, TestFiles.BLOCK, 4096);
             IoEngine engine = info.create(EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forWriting(path.toString()));
            IoUnit write = units.unit(0);
            write.prepare(IoDirection.WRITE, file, 0, TestFiles.BLOCK);
            assertEquals(QueueStatus.QUEUED, engine.queue(write));
            IoUnit sync = units.unit(1);
            sync.prepare(IoDirection.SYNC, file, 0, 0);
            assertEquals(QueueStatus.BUSY, engine.queue(sync));
            engine.commit();
            assertEquals(1, engine.getEvents(1, 2));
            assertEquals(QueueStatus.COMPLETED, engine.queue(sync));
            assertEquals(0, sync.errorNumber());
            engine.closeFile(file);
        }
    }

    @Test
    void ioUringQueuesFsyncNatively() throws Exception {
        EngineInfo info = IoEngines.require("io_uring");
        assumeTrue(info.isAvailable(), info::unavailableReason);
        Path path = TestFiles.sizedFile(directory, "f", 16 * TestFiles.BLOCK);
        try (IoUnitSet units = IoUnitSet.allocate(2, TestFiles.BLOCK, 4096);
             IoEngine engine = info.create(EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forWriting(path.toString()));
            IoUnit write = units.unit(0);
            write.prepare(IoDirection.WRITE, file, 0, TestFiles.BLOCK);
            IoUnit sync = units.unit(1);
            sync.prepare(IoDirection.DATASYNC, file, 0, 0);
            assertEquals(QueueStatus.QUEUED, engine.queue(write));
            assertEquals(QueueStatus.QUEUED, engine.queue(sync));
            assertEquals(2, engine.commit());
            int reaped = 0;
            while (reaped < 2) {
                reaped += engine.getEvents(2, 2);
            }
            assertEquals(0, sync.errorNumber());
            assertTrue(sync.completionNanos() > 0);
            engine.closeFile(file);
        }
    }
}
