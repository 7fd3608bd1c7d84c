package io.jfio.engine.nativeio;

/**
 * The JNI stubs of {@code engine/src/main/c/jfio_native.c}: the system calls of the I/O hot path, each
 * returning the kernel's convention (the result, or {@code -errno}). Callable only once
 * {@link NativeLibraryLoader#status()} says the library loaded; {@link HotCalls} chooses. Any thread.
 */
final class JniCalls {

    /** The stubs' interface version; the loader refuses a library that answers otherwise. */
    static final int ABI_VERSION = 1;

    private JniCalls() {
    }

    static native int abiVersion();

    static native long pread(int fd, long bufferAddress, long countBytes, long offsetBytes);

    static native long pwrite(int fd, long bufferAddress, long countBytes, long offsetBytes);

    static native long read(int fd, long bufferAddress, long countBytes);

    static native long write(int fd, long bufferAddress, long countBytes);

    static native long readv(int fd, long iovAddress, int iovCount);

    static native long writev(int fd, long iovAddress, int iovCount);

    static native long preadv(int fd, long iovAddress, int iovCount, long offsetBytes);

    static native long pwritev(int fd, long iovAddress, int iovCount, long offsetBytes);

    static native long preadv2(int fd, long iovAddress, int iovCount, long offsetBytes, int rwFlags);

    static native long pwritev2(int fd, long iovAddress, int iovCount, long offsetBytes, int rwFlags);

    static native long syscall6(long number, long a1, long a2, long a3, long a4, long a5, long a6);
}
