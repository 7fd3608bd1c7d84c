package io.jfio.engine.nativeio;

import java.nio.charset.StandardCharsets;

/**
 * File operations on descriptors that throw {@link NativeIoException} with the path and strerror
 * ("open /x/y: Permission denied"). For setup and teardown work (open, stat, layout, fsync at the
 * end, unlink); the per-I/O paths call {@link LibC} directly. Any thread.
 */
public final class NativeFiles {

    private NativeFiles() {
    }

    /** UTF-8, NUL-terminated, as open(2) and unlink(2) want it. */
    public static byte[] cPath(String path) {
        byte[] utf8 = path.getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, result, 0, utf8.length);
        return result;
    }

    /** open(2); {@code flags} from {@link OpenFlags}. O_CLOEXEC is always added. */
    public static int open(String path, int flags, int mode) throws NativeIoException {
        int fd = LibC.open(cPath(path), flags | OpenFlags.O_CLOEXEC, mode);
        if (fd < 0) {
            int errno = Errno.last();
            if (errno == Errno.EINVAL && (flags & OpenFlags.O_DIRECT) != 0) {
                throw NativeIoException.withHint("open " + path, errno,
                        "the file system may not support direct=1 (O_DIRECT)");
            }
            throw NativeIoException.of("open " + path, errno);
        }
        return fd;
    }

    public static void close(int fd, String path) throws NativeIoException {
        if (LibC.close(fd) != 0) {
            throw NativeIoException.of("close " + path, Errno.last());
        }
    }

    /** fstat(2), plus size and sector size from the device for a block device. */
    public static FileStat stat(int fd, String path) throws NativeIoException {
        long buffer = NativeMemory.allocateZeroed(FileStat.STRUCT_SIZE);
        try {
            int result = Syscalls.fstat(fd, buffer);
            if (result < 0) {
                throw NativeIoException.of("fstat " + path, -result);
            }
            int mode = NativeMemory.getInt(buffer + FileStat.OFFSET_MODE);
            long size = NativeMemory.getLong(buffer + FileStat.OFFSET_SIZE);
            long blockSize = NativeMemory.getLong(buffer + FileStat.OFFSET_BLKSIZE);
            FileStat plain = new FileStat(size, mode, blockSize, 0);
            if (!plain.isBlockDevice()) {
                return plain;
            }
            if (LibC.ioctl(fd, OpenFlags.BLKGETSIZE64, buffer) != 0) {
                throw NativeIoException.of("ioctl BLKGETSIZE64 " + path, Errno.last());
            }
            long deviceSize = NativeMemory.getLong(buffer);
            NativeMemory.putInt(buffer, 0);
            if (LibC.ioctl(fd, OpenFlags.BLKSSZGET, buffer) != 0) {
                throw NativeIoException.of("ioctl BLKSSZGET " + path, Errno.last());
            }
            return new FileStat(deviceSize, mode, blockSize, NativeMemory.getInt(buffer));
        } finally {
            NativeMemory.free(buffer);
        }
    }

    public static void fsync(int fd, String path) throws NativeIoException {
        if (LibC.fsync(fd) != 0) {
            throw NativeIoException.of("fsync " + path, Errno.last());
        }
    }

    public static void fdatasync(int fd, String path) throws NativeIoException {
        if (LibC.fdatasync(fd) != 0) {
            throw NativeIoException.of("fdatasync " + path, Errno.last());
        }
    }

    public static void truncate(int fd, long lengthBytes, String path) throws NativeIoException {
        if (LibC.ftruncate(fd, lengthBytes) != 0) {
            throw NativeIoException.of("ftruncate " + path, Errno.last());
        }
    }

    /** fallocate(2) mode 0: reserve blocks and extend the file. */
    public static void allocate(int fd, long offsetBytes, long lengthBytes, String path) throws NativeIoException {
        if (LibC.fallocate(fd, 0, offsetBytes, lengthBytes) != 0) {
            throw NativeIoException.of("fallocate " + path, Errno.last());
        }
    }

    /** posix_fadvise(2); {@code advice} is a POSIX_FADV_* constant. */
    public static void advise(int fd, long offsetBytes, long lengthBytes, int advice, String path)
            throws NativeIoException {
        int errno = LibC.posix_fadvise(fd, offsetBytes, lengthBytes, advice);
        if (errno != 0) {
            throw NativeIoException.of("posix_fadvise " + path, errno);
        }
    }

    public static void unlink(String path) throws NativeIoException {
        if (LibC.unlink(cPath(path)) != 0) {
            throw NativeIoException.of("unlink " + path, Errno.last());
        }
    }

    /** pwrite(2) until all of {@code lengthBytes} is written (file layout, pre-fill). */
    public static void pwriteFully(int fd, long address, long lengthBytes, long offsetBytes, String path)
            throws NativeIoException {
        long done = 0;
        while (done < lengthBytes) {
            long n = LibC.pwrite(fd, address + done, lengthBytes - done, offsetBytes + done);
            if (n < 0) {
                int errno = Errno.last();
                if (errno == Errno.EINTR) {
                    continue;
                }
                throw NativeIoException.of("write " + path + " at offset " + (offsetBytes + done), errno);
            }
            done += n;
        }
    }

    /**
     * pread(2) until {@code lengthBytes} are read or end of file; returns the bytes read.
     */
    public static long preadFully(int fd, long address, long lengthBytes, long offsetBytes, String path)
            throws NativeIoException {
        long done = 0;
        while (done < lengthBytes) {
            long n = LibC.pread(fd, address + done, lengthBytes - done, offsetBytes + done);
            if (n < 0) {
                int errno = Errno.last();
                if (errno == Errno.EINTR) {
                    continue;
                }
                throw NativeIoException.of("read " + path + " at offset " + (offsetBytes + done), errno);
            }
            if (n == 0) {
                break;
            }
            done += n;
        }
        return done;
    }

    /**
     * Discards a byte range of a block device (BLKDISCARD); {@code rangeScratchAddress} is 16 bytes
     * the caller owns. Returns 0 or -errno; allocation-free for the I/O path.
     */
    public static int discard(int fd, long offsetBytes, long lengthBytes, long rangeScratchAddress) {
        NativeMemory.putLong(rangeScratchAddress, offsetBytes);
        NativeMemory.putLong(rangeScratchAddress + 8, lengthBytes);
        return LibC.ioctl(fd, OpenFlags.BLKDISCARD, rangeScratchAddress) == 0 ? 0 : -Errno.last();
    }

    /** Deallocates a byte range of a regular file, keeping its size. Returns 0 or -errno. */
    public static int punchHole(int fd, long offsetBytes, long lengthBytes) {
        int mode = OpenFlags.FALLOC_FL_PUNCH_HOLE | OpenFlags.FALLOC_FL_KEEP_SIZE;
        return LibC.fallocate(fd, mode, offsetBytes, lengthBytes) == 0 ? 0 : -Errno.last();
    }
}
