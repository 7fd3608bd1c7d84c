package io.jfio.engine.nativeio;

/**
 * The system calls of the I/O hot path, through jfio's JNI stubs when they loaded (about 0.3 us cheaper
 * per call than JNA here) and through JNA's {@link LibC} otherwise; the choice is made once per process
 * ({@link NativeLibraryLoader}), so the JIT folds the branch away. Every method returns the kernel's
 * convention: the result when it is &gt;= 0, {@code -errno} on failure. Any thread.
 */
public final class HotCalls {

    private static final boolean JNI = NativeLibraryLoader.status().jni();

    private HotCalls() {
    }

    /** True when the calls go through the JNI stubs. */
    public static boolean usesJni() {
        return JNI;
    }

    public static long pread(int fd, long bufferAddress, long countBytes, long offsetBytes) {
        return JNI ? JniCalls.pread(fd, bufferAddress, countBytes, offsetBytes)
                : libc(LibC.pread(fd, bufferAddress, countBytes, offsetBytes));
    }

    public static long pwrite(int fd, long bufferAddress, long countBytes, long offsetBytes) {
        return JNI ? JniCalls.pwrite(fd, bufferAddress, countBytes, offsetBytes)
                : libc(LibC.pwrite(fd, bufferAddress, countBytes, offsetBytes));
    }

    public static long read(int fd, long bufferAddress, long countBytes) {
        return JNI ? JniCalls.read(fd, bufferAddress, countBytes) : libc(LibC.read(fd, bufferAddress, countBytes));
    }

    public static long write(int fd, long bufferAddress, long countBytes) {
        return JNI ? JniCalls.write(fd, bufferAddress, countBytes) : libc(LibC.write(fd, bufferAddress, countBytes));
    }

    public static long readv(int fd, long iovAddress, int iovCount) {
        return JNI ? JniCalls.readv(fd, iovAddress, iovCount) : libc(LibC.readv(fd, iovAddress, iovCount));
    }

    public static long writev(int fd, long iovAddress, int iovCount) {
        return JNI ? JniCalls.writev(fd, iovAddress, iovCount) : libc(LibC.writev(fd, iovAddress, iovCount));
    }

    public static long preadv(int fd, long iovAddress, int iovCount, long offsetBytes) {
        return JNI ? JniCalls.preadv(fd, iovAddress, iovCount, offsetBytes)
                : libc(LibC.preadv(fd, iovAddress, iovCount, offsetBytes));
    }

    public static long pwritev(int fd, long iovAddress, int iovCount, long offsetBytes) {
        return JNI ? JniCalls.pwritev(fd, iovAddress, iovCount, offsetBytes)
                : libc(LibC.pwritev(fd, iovAddress, iovCount, offsetBytes));
    }

    public static long preadv2(int fd, long iovAddress, int iovCount, long offsetBytes, int rwFlags) {
        return JNI ? JniCalls.preadv2(fd, iovAddress, iovCount, offsetBytes, rwFlags)
                : libc(LibC.preadv2(fd, iovAddress, iovCount, offsetBytes, rwFlags));
    }

    public static long pwritev2(int fd, long iovAddress, int iovCount, long offsetBytes, int rwFlags) {
        return JNI ? JniCalls.pwritev2(fd, iovAddress, iovCount, offsetBytes, rwFlags)
                : libc(LibC.pwritev2(fd, iovAddress, iovCount, offsetBytes, rwFlags));
    }

    /** syscall(2) with six arguments. */
    public static long syscall(long number, long a1, long a2, long a3, long a4, long a5, long a6) {
        if (JNI) {
            return JniCalls.syscall6(number, a1, a2, a3, a4, a5, a6);
        }
        long result = LibC.syscall(number, a1, a2, a3, a4, a5, a6);
        return result == -1 ? -Errno.last() : result;
    }

    // glibc's wrappers return -1 and leave the cause in errno, which JNA saved for this thread
    private static long libc(long result) {
        return result < 0 ? -Errno.last() : result;
    }
}
