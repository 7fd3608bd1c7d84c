package io.jfio.engine.ioengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfio.engine.nativeio.NativeMemory;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vsync coalesces a contiguous run into one readv and refuses a unit that breaks the run. */
class VsyncEngineTest {

    @TempDir
    Path directory;

    @Test
    void contiguousUnitsShareOneCallAndGapIsBusy() throws Exception {
        Path path = TestFiles.allocatedFile(directory, "f", 64 * TestFiles.BLOCK);
        try (IoUnitSet units = IoUnitSet.allocate(8, TestFiles.BLOCK, 4096);
             IoEngine engine = IoEngines.create("vsync", EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forReading(path.toString()));
            for (int i = 0; i < 4; i++) {
                IoUnit unit = units.unit(i);
                unit.prepare(IoDirection.READ, file, (long) (10 + i) * TestFiles.BLOCK, TestFiles.BLOCK);
                assertEquals(QueueStatus.QUEUED, engine.queue(unit));
            }
            IoUnit gap = units.unit(4);
            gap.prepare(IoDirection.READ, file, 20L * TestFiles.BLOCK, TestFiles.BLOCK);
            assertEquals(QueueStatus.BUSY, engine.queue(gap));
            IoUnit otherDirection = units.unit(5);
            otherDirection.prepare(IoDirection.WRITE, file, 14L * TestFiles.BLOCK, TestFiles.BLOCK);
            assertEquals(QueueStatus.BUSY, engine.queue(otherDirection));

            assertEquals(4, engine.commit());
            assertEquals(4, engine.getEvents(1, 8));
            byte[] expected = java.nio.file.Files.readAllBytes(path);
            for (int i = 0; i < 4; i++) {
                IoUnit unit = engine.event(i);
                assertEquals(TestFiles.BLOCK, unit.resultBytes());
                // issued when queued (fio stamps FIO_SYNCIO engines so), completed by the one call
                assertTrue(unit.issueNanos() > 0 && unit.issueNanos() <= unit.completionNanos());
                assertEquals(units.unit(0).completionNanos(), unit.completionNanos(), "one call: one completion time");
                if (i > 0) {
                    assertTrue(engine.event(i - 1).issueNanos() <= unit.issueNanos(), "issued in queue order");
                }
                byte[] got = new byte[TestFiles.BLOCK];
                NativeMemory.copyToArray(unit.dataAddress(), got, 0, got.length);
                assertEquals(java.util.Arrays.hashCode(java.util.Arrays.copyOfRange(expected,
                        (int) unit.offsetBytes(), (int) unit.offsetBytes() + TestFiles.BLOCK)),
                        java.util.Arrays.hashCode(got));
            }
            assertEquals(QueueStatus.QUEUED, engine.queue(gap), "a new run starts after the commit");
            engine.commit();
            assertEquals(1, engine.getEvents(1, 8));
            engine.closeFile(file);
        }
    }

    @Test
    void shortReadAtEndOfFileCreditsBytesInOrder() throws Exception {
        Path path = TestFiles.allocatedFile(directory, "f", 2 * TestFiles.BLOCK + 100);
        try (IoUnitSet units = IoUnitSet.allocate(4, TestFiles.BLOCK, 4096);
             IoEngine engine = IoEngines.create("vsync", EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forReading(path.toString()));
            for (int i = 0; i < 4; i++) {
                units.unit(i).prepare(IoDirection.READ, file, (long) i * TestFiles.BLOCK, TestFiles.BLOCK);
                engine.queue(units.unit(i));
            }
            engine.commit();
            assertEquals(4, engine.getEvents(4, 4));
            assertEquals(TestFiles.BLOCK, units.unit(0).resultBytes());
            assertEquals(TestFiles.BLOCK, units.unit(1).resultBytes());
            assertEquals(100, units.unit(2).resultBytes());
            assertEquals(TestFiles.BLOCK - 100, units.unit(2).residualBytes());
            assertEquals(0, units.unit(3).resultBytes());
            engine.closeFile(file);
        }
    }
}
