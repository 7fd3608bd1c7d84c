package io.jfio.engine.ioengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jfio.engine.nativeio.Errno;
import io.jfio.engine.nativeio.NativeIoException;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Failures surface as clear messages: the path and strerror for opens, errno in the unit for I/O. */
class ErrorPathTest {

    @TempDir
    Path directory;

    @Test
    void openingMissingFileNamesPathAndReason() {
        String missing = directory.resolve("missing").toString();
        NativeIoException e = assertThrows(NativeIoException.class,
                () -> IoFile.open(FileOpenSpec.forReading(missing)));
        assertEquals("open " + missing + ": No such file or directory", e.getMessage());
        assertEquals(Errno.ENOENT, e.errorNumber());
    }

    @Test
    void openingInMissingDirectoryForWritingNamesPathAndReason() {
        String path = directory.resolve("no/such/dir/file").toString();
        NativeIoException e = assertThrows(NativeIoException.class,
                () -> IoFile.open(FileOpenSpec.forWriting(path)));
        assertEquals("open " + path + ": No such file or directory", e.getMessage());
    }

    @Test
    void openingDirectoryForWritingReportsIsADirectory() {
        NativeIoException e = assertThrows(NativeIoException.class,
                () -> IoFile.open(FileOpenSpec.forWriting(directory.toString()).withCreate(false)));
        assertEquals("open " + directory + ": Is a directory", e.getMessage());
    }

    @Test
    void unknownEngineNameListsTheKnownOnes() {
        var e = assertThrows(java.util.NoSuchElementException.class, () -> IoEngines.require("windowsaio"));
        assertEquals("unknown ioengine 'windowsaio' (known: null, sync, psync, vsync, pvsync, pvsync2, libaio, "
                + "io_uring, mmap, posixaio)", e.getMessage());
    }

    /** A descriptor that is not open (closed behind the engine's back) fails the I/O with EBADF. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sync", "psync", "vsync", "pvsync", "pvsync2", "libaio", "io_uring", "posixaio"})
    void ioOnClosedDescriptorFailsWithEbadf(String engineName) throws Exception {
        EngineInfo info = IoEngines.require(engineName);
        assumeTrue(info.isAvailable(), info::unavailableReason);
        Path path = TestFiles.allocatedFile(directory, "f", 8192);
        try (IoUnitSet units = IoUnitSet.allocate(2, 4096, 4096);
             IoEngine engine = info.create(EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forReading(path.toString()));
            io.jfio.engine.nativeio.LibC.close(file.fd()); // the fd number stays in IoFile but is dead
            IoUnit[] seen = new IoUnit[1];
            EngineDriver.Stats stats = EngineDriver.run(engine, units, file,
                    List.of(new EngineDriver.Io(IoDirection.READ, 0, 4096)), 1, (unit, io) -> { },
                    unit -> seen[0] = unit);
            assertEquals(1, stats.errors());
            assertEquals(Errno.EBADF, seen[0].errorNumber());
            assertEquals(-1, seen[0].resultBytes());
            assertEquals("Bad file descriptor", engine.describeError(seen[0]));
        }
    }

    @Test
    void writeThroughReadOnlyDescriptorFailsWithEbadf() throws Exception {
        Path path = TestFiles.allocatedFile(directory, "f", 8192);
        try (IoUnitSet units = IoUnitSet.allocate(1, 4096, 4096);
             IoEngine engine = IoEngines.create("psync", EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forReading(path.toString()));
            IoUnit unit = units.unit(0);
            unit.prepare(IoDirection.WRITE, file, 0, 4096);
            assertEquals(QueueStatus.COMPLETED, engine.queue(unit));
            engine.closeFile(file);
            assertEquals(Errno.EBADF, unit.errorNumber());
        }
    }

    @Test
    void unitRejectsLengthBeyondItsBuffer() throws Exception {
        try (IoUnitSet units = IoUnitSet.allocate(1, 4096, 4096)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> units.unit(0).prepare(IoDirection.READ, null, 0, 4096, 512));
            assertEquals("I/O of 4096 bytes at buffer offset 512 does not fit a 4096-byte buffer", e.getMessage());
        }
    }
}
