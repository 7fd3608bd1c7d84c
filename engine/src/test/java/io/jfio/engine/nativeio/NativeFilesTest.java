package io.jfio.engine.nativeio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeFilesTest {

    @TempDir
    Path directory;

    @Test
    void openOfMissingFileNamesPathAndStrerror() {
        String path = directory.resolve("x/y").toString();
        NativeIoException e = assertThrows(NativeIoException.class, () -> NativeFiles.open(path, OpenFlags.O_RDONLY, 0));
        assertEquals("open " + path + ": No such file or directory", e.getMessage());
        assertEquals(Errno.ENOENT, e.errorNumber());
    }

    @Test
    void closeOfBadDescriptorReportsEbadf() {
        NativeIoException e = assertThrows(NativeIoException.class, () -> NativeFiles.close(987654, "/some/file"));
        assertEquals("close /some/file: Bad file descriptor", e.getMessage());
        assertEquals(Errno.EBADF, e.errorNumber());
    }

    @Test
    void fsyncOfBadDescriptorReportsEbadf() {
        NativeIoException e = assertThrows(NativeIoException.class, () -> NativeFiles.fsync(987654, "/f"));
        assertEquals("fsync /f: Bad file descriptor", e.getMessage());
    }

    @Test
    void unlinkOfMissingFileReportsEnoent() {
        String path = directory.resolve("gone").toString();
        NativeIoException e = assertThrows(NativeIoException.class, () -> NativeFiles.unlink(path));
        assertEquals("unlink " + path + ": No such file or directory", e.getMessage());
    }

    @Test
    void createdFileCanBeSizedWrittenReadAndUnlinked() throws Exception {
        String path = directory.resolve("f").toString();
        int fd = NativeFiles.open(path, OpenFlags.O_RDWR | OpenFlags.O_CREAT, OpenFlags.DEFAULT_FILE_MODE);
        try (AlignedBuffer buffer = AlignedBuffer.allocatePageAligned(8192)) {
            NativeFiles.truncate(fd, 1 << 20, path);
            FileStat stat = NativeFiles.stat(fd, path);
            assertEquals(1 << 20, stat.sizeBytes());
            assertTrue(stat.isRegularFile());
            assertFalse(stat.isBlockDevice());
            assertEquals(0644, stat.mode() & 0777);

            buffer.fillRandom(5);
            NativeFiles.pwriteFully(fd, buffer.address(), 8192, 4096, path);
            NativeFiles.fdatasync(fd, path);
            byte[] written = buffer.copyTo(0, 8192);
            buffer.fill((byte) 0);
            assertEquals(8192, NativeFiles.preadFully(fd, buffer.address(), 8192, 4096, path));
            assertEquals(java.util.Arrays.hashCode(written), java.util.Arrays.hashCode(buffer.copyTo(0, 8192)));
            assertEquals(100, NativeFiles.preadFully(fd, buffer.address(), 8192, (1 << 20) - 100, path),
                    "reads stop at end of file");
            NativeFiles.advise(fd, 0, 0, OpenFlags.POSIX_FADV_DONTNEED, path);
            NativeFiles.allocate(fd, 0, 2 << 20, path);
            assertEquals(2 << 20, NativeFiles.stat(fd, path).sizeBytes());
        } finally {
            NativeFiles.close(fd, path);
        }
        NativeFiles.unlink(path);
        assertFalse(Files.exists(Path.of(path)));
    }

    @Test
    void directOpenIsPossibleOnExt4AndTmpfs() throws Exception {
        for (Path dir : new Path[] {Path.of("/tmp"), Path.of("/dev/shm")}) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Path file = Files.createTempFile(dir, "jfio-direct", ".dat");
            try {
                int fd = NativeFiles.open(file.toString(), OpenFlags.O_RDWR | OpenFlags.O_DIRECT, 0);
                NativeFiles.close(fd, file.toString());
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
