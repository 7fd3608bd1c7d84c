package io.jfio.engine.ioengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jfio.engine.nativeio.AlignedBuffer;
import io.jfio.engine.nativeio.Errno;
import io.jfio.engine.nativeio.LibC;
import io.jfio.engine.nativeio.NativeFiles;
import io.jfio.engine.nativeio.NativeMemory;
import io.jfio.engine.nativeio.OpenFlags;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * O_DIRECT on a real disk file system (ext4 under /tmp, which, unlike tmpfs, checks alignment):
 * aligned I/O round-trips, misaligned I/O fails with EINVAL in the unit.
 */
class DirectIoTest {

    private static final int BLOCKS = 64;

    private Path directory;

    @BeforeEach
    void createDirectory() throws Exception {
        directory = Files.createTempDirectory(Path.of("/tmp"), "jfio-direct");
    }

    @AfterEach
    void deleteDirectory() throws Exception {
        TestFiles.deleteTree(directory);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"psync", "pvsync2", "libaio", "io_uring", "posixaio"})
    void alignedDirectIoRoundTrips(String engineName) throws Exception {
        EngineInfo info = IoEngines.require(engineName);
        assumeTrue(info.isAvailable(), info::unavailableReason);
        Path path = TestFiles.sizedFile(directory, "direct", (long) BLOCKS * TestFiles.BLOCK);
        try (IoUnitSet units = IoUnitSet.allocate(16, TestFiles.BLOCK, 4096);
             AlignedBuffer scratch = AlignedBuffer.allocatePageAligned(TestFiles.BLOCK);
             IoEngine engine = info.create(EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forWriting(path.toString()).withDirect(true));
            EngineDriver.run(engine, units, file, TestFiles.shuffledBlocks(IoDirection.WRITE, BLOCKS, 3), 8,
                    (unit, io) -> TestFiles.fillBlock(unit.dataAddress(), io.offsetBytes(), io.lengthBytes()),
                    unit -> assertEquals(TestFiles.BLOCK, unit.resultBytes(), () -> engine.describeError(unit)));
            int[] good = {0};
            EngineDriver.Stats reads = EngineDriver.run(engine, units, file,
                    TestFiles.shuffledBlocks(IoDirection.READ, BLOCKS, 4), 8,
                    (unit, io) -> NativeMemory.fill(unit.dataAddress(), io.lengthBytes(), (byte) 0),
                    unit -> good[0] += TestFiles.holdsBlock(unit.dataAddress(), unit.offsetBytes(),
                            unit.lengthBytes(), scratch) ? 1 : 0);
            engine.closeFile(file);
            assertEquals(BLOCKS, good[0]);
            assertEquals(0, reads.errors());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"psync", "libaio", "io_uring"})
    void misalignedDirectIoFailsWithEinval(String engineName) throws Exception {
        EngineInfo info = IoEngines.require(engineName);
        assumeTrue(info.isAvailable(), info::unavailableReason);
        // allocated blocks: ext4 reads holes without the alignment check
        Path path = TestFiles.allocatedFile(directory, "direct", BLOCKS * TestFiles.BLOCK);
        assumeTrue(enforcesDirectAlignment(path), "the file system under /tmp does not check O_DIRECT alignment");
        try (IoUnitSet units = IoUnitSet.allocate(1, 2 * TestFiles.BLOCK, 4096);
             IoEngine engine = info.create(EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forReading(path.toString()).withDirect(true));
            IoUnit[] seen = new IoUnit[1];
            List<EngineDriver.Io> ios = List.of(new EngineDriver.Io(IoDirection.READ, 100, TestFiles.BLOCK));
            EngineDriver.run(engine, units, file, ios, 1, (unit, io) -> { }, unit -> seen[0] = unit);
            engine.closeFile(file);
            assertEquals(Errno.EINVAL, seen[0].errorNumber());
            assertEquals(-1, seen[0].resultBytes());
            assertEquals("Invalid argument", engine.describeError(seen[0]));
        }
    }

    /** ext4 (this machine's /tmp) refuses a misaligned O_DIRECT pread; tmpfs, say, does not. */
    private static boolean enforcesDirectAlignment(Path path) throws Exception {
        int fd = NativeFiles.open(path.toString(), OpenFlags.O_RDONLY | OpenFlags.O_DIRECT, 0);
        try (AlignedBuffer buffer = AlignedBuffer.allocatePageAligned(TestFiles.BLOCK)) {
            return LibC.pread(fd, buffer.address(), TestFiles.BLOCK, 100) < 0;
        } finally {
            NativeFiles.close(fd, path.toString());
        }
    }

    @Test
    void directOpenOfTmpfsFileSucceedsAndReportsSize() throws Exception {
        Path shm = TestFiles.shmDirectory();
        assumeTrue(shm != null, "no /dev/shm");
        try {
            Path path = TestFiles.sizedFile(shm, "f", 1 << 20);
            IoFile file = IoFile.open(FileOpenSpec.forReading(path.toString()).withDirect(true));
            assertEquals(1 << 20, file.sizeBytes());
            assertTrue(file.fd() >= 0);
            file.closeDescriptor();
        } finally {
            TestFiles.deleteTree(shm);
        }
    }
}
