package io.jfio.engine.ioengine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jfio.engine.nativeio.Errno;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mmap engine never faults the JVM: past the end of file or into a read-only file it fails the unit. */
class MmapEngineTest {

    @TempDir
    Path directory;

    @Test
    void ioPastEndOfFileFailsWithExplainedEinval() throws Exception {
        Path path = TestFiles.allocatedFile(directory, "f", 4 * TestFiles.BLOCK);
        try (IoUnitSet units = IoUnitSet.allocate(1, TestFiles.BLOCK, 4096);
             IoEngine engine = IoEngines.create("mmap", EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forWriting(path.toString()));
            IoUnit unit = units.unit(0);
            unit.prepare(IoDirection.WRITE, file, 4L * TestFiles.BLOCK, TestFiles.BLOCK);
            assertEquals(QueueStatus.COMPLETED, engine.queue(unit));
            assertEquals(Errno.EINVAL, unit.errorNumber());
            assertEquals("Invalid argument (the mmap engine does not extend files: I/O past the end of " + path + ")",
                    engine.describeError(unit));
            engine.closeFile(file);
        }
    }

    @Test
    void writeToReadOnlyFileFailsWithEbadf() throws Exception {
        Path path = TestFiles.allocatedFile(directory, "f", 4 * TestFiles.BLOCK);
        try (IoUnitSet units = IoUnitSet.allocate(1, TestFiles.BLOCK, 4096);
             IoEngine engine = IoEngines.create("mmap", EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forReading(path.toString()));
            IoUnit unit = units.unit(0);
            unit.prepare(IoDirection.WRITE, file, 0, TestFiles.BLOCK);
            assertEquals(QueueStatus.COMPLETED, engine.queue(unit));
            assertEquals(Errno.EBADF, unit.errorNumber());
            engine.closeFile(file);
        }
    }

    @Test
    void fileGrownAfterOpenIsRemapped() throws Exception {
        Path path = TestFiles.allocatedFile(directory, "f", TestFiles.BLOCK);
        try (IoUnitSet units = IoUnitSet.allocate(1, TestFiles.BLOCK, 4096);
             IoEngine engine = IoEngines.create("mmap", EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forWriting(path.toString()));
            IoUnit unit = units.unit(0);
            unit.prepare(IoDirection.READ, file, 0, TestFiles.BLOCK);
            engine.queue(unit);
            assertEquals(TestFiles.BLOCK, unit.resultBytes());
            io.jfio.engine.nativeio.NativeFiles.truncate(file.fd(), 8L * TestFiles.BLOCK, path.toString());
            unit.prepare(IoDirection.READ, file, 7L * TestFiles.BLOCK, TestFiles.BLOCK);
            engine.queue(unit);
            assertEquals(TestFiles.BLOCK, unit.resultBytes());
            engine.closeFile(file);
        }
    }
}
