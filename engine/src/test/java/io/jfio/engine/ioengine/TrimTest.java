package io.jfio.engine.ioengine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jfio.engine.nativeio.AlignedBuffer;
import io.jfio.engine.nativeio.NativeFiles;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Trim punches a hole in a regular file and discards a block device's range; both then read as zeros. */
class TrimTest {

    private static final int SIZE = 1 << 20;

    private Path directory;

    @BeforeEach
    void createDirectory() throws Exception {
        directory = Files.createTempDirectory(Path.of("/tmp"), "jfio-trim"); // ext4: punch hole works
    }

    @AfterEach
    void deleteDirectory() throws Exception {
        TestFiles.deleteTree(directory);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"psync", "sync", "pvsync2", "mmap", "libaio", "io_uring", "posixaio"})
    void trimOfRegularFilePunchesAHole(String engineName) throws Exception {
        EngineInfo info = IoEngines.require(engineName);
        assumeTrue(info.isAvailable(), info::unavailableReason);
        Path path = TestFiles.allocatedFile(directory, "f", SIZE);
        trimAndCheckZeros(info, path.toString(), 64 * 1024);
    }

    @Test
    void trimOfBlockDeviceDiscardsTheRange() throws Exception {
        Path backing = TestFiles.allocatedFile(directory, "backing", SIZE);
        try (LoopDevice loop = LoopDevice.attach(backing)) {
            assumeTrue(loop != null, "no loop device (needs root and losetup)");
            IoFile device = IoFile.open(FileOpenSpec.forReading(loop.path()));
            assertTrue(device.isBlockDevice());
            assertEquals(SIZE, device.sizeBytes());
            assertEquals(512, device.logicalBlockSizeBytes());
            device.closeDescriptor();
            trimAndCheckZeros(IoEngines.require("psync"), loop.path(), 128 * 1024);
        }
    }

    private void trimAndCheckZeros(EngineInfo info, String path, long offset) throws Exception {
        int length = 64 * 1024;
        try (IoUnitSet units = IoUnitSet.allocate(1, 4096, 4096);
             IoEngine engine = info.create(EngineOptions.defaults(), units);
             AlignedBuffer readBack = AlignedBuffer.allocatePageAligned(length + 8192)) {
            IoFile file = engine.openFile(FileOpenSpec.forWriting(path).withCreate(false));
            IoUnit unit = units.unit(0);
            unit.prepare(IoDirection.TRIM, file, offset, length); // longer than the 4 KiB buffer: trims use none
            assertEquals(QueueStatus.COMPLETED, engine.queue(unit));
            assertEquals(0, unit.errorNumber(), () -> engine.describeError(unit));
            assertEquals(length, unit.resultBytes());
            NativeFiles.preadFully(file.fd(), readBack.address(), length + 8192, offset - 4096, path);
            engine.closeFile(file);
            assertArrayEquals(new byte[length], readBack.copyTo(4096, length), "trimmed range reads as zeros");
            byte[] before = readBack.copyTo(0, 4096);
            byte[] after = readBack.copyTo(4096 + length, 4096);
            assertTrue(countZeros(before) < 64 && countZeros(after) < 64, "neighbouring blocks keep their data");
        }
    }

    private static int countZeros(byte[] bytes) {
        int zeros = 0;
        for (byte b : bytes) {
            zeros += b == 0 ? 1 : 0;
        }
        return zeros;
    }
}
