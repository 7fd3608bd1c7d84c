package io.jfio.engine.nativeio;

/**
 * Linux constants for open(2), lseek(2), mmap(2), fallocate(2), posix_fadvise(2), the RWF_* flags
 * of preadv2(2) and the block-device ioctls (values of x86_64 and the other "generic" Linux ABIs).
 * Any thread.
 */
public final class OpenFlags {

    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_CREAT = 0100;
    public static final int O_TRUNC = 01000;
    public static final int O_DSYNC = 010000;
    public static final int O_DIRECT = 040000;
    public static final int O_NOATIME = 01000000;
    public static final int O_CLOEXEC = 02000000;
    /** O_SYNC includes O_DSYNC's bit, as glibc defines it. */
    public static final int O_SYNC = 04010000;

    public static final int SEEK_SET = 0;

    public static final int PROT_READ = 1;
    public static final int PROT_WRITE = 2;
    public static final int MAP_SHARED = 1;
    public static final int MAP_POPULATE = 0x8000;
    public static final long MAP_FAILED = -1L;
    public static final int MS_SYNC = 4;
    public static final int MADV_NORMAL = 0;
    public static final int MADV_RANDOM = 1;
    public static final int MADV_SEQUENTIAL = 2;

    public static final int FALLOC_FL_KEEP_SIZE = 1;
    public static final int FALLOC_FL_PUNCH_HOLE = 2;

    public static final int POSIX_FADV_NORMAL = 0;
    public static final int POSIX_FADV_RANDOM = 1;
    public static final int POSIX_FADV_SEQUENTIAL = 2;
    public static final int POSIX_FADV_WILLNEED = 3;
    public static final int POSIX_FADV_DONTNEED = 4;

    /** preadv2/pwritev2 and io_uring rw_flags: poll for completion (needs O_DIRECT and a polled queue). */
    public static final int RWF_HIPRI = 1;
    public static final int RWF_DSYNC = 2;
    public static final int RWF_SYNC = 4;
    public static final int RWF_NOWAIT = 8;

    /** _IOR(0x12, 114, size_t): device size in bytes. */
    public static final long BLKGETSIZE64 = 0x80081272L;
    /** _IO(0x12, 104): logical sector size. */
    public static final long BLKSSZGET = 0x1268L;
    /** _IO(0x12, 119): discard a byte range given as uint64_t[2] {start, length}. */
    public static final long BLKDISCARD = 0x1277L;

    /** Mode bits of new files: rw-r--r--. */
    public static final int DEFAULT_FILE_MODE = 0644;

    private OpenFlags() {
    }
}
