package io.jfio.engine.nativeio;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * Direct-mapped glibc functions (JNA {@code Native.register}: static natives taking primitives and
 * raw {@code long} addresses, so a call costs one JNI transition and allocates nothing).
 *
 * <p>These are the raw C functions: most return -1 and leave the cause in errno, which
 * {@link Errno#last()} reads (JNA saves errno after every call, per thread). Callers that want
 * exceptions use {@link NativeFiles}. Pointer-sized C types ({@code size_t}, {@code off_t},
 * {@code void *}) are Java {@code long}: this binding is for LP64 Linux (x86_64, aarch64), where
 * {@code off_t} is 64-bit and {@code pread} is {@code pread64}. Variadic functions ({@code open},
 * {@code ioctl}, {@code syscall}) are bound with fixed integer arguments, which the x86_64 and
 * aarch64 calling conventions pass exactly as a variadic call does.
 *
 * <p>Any thread may call any method.
 */
public final class LibC {

    static {
        Native.register(LibC.class, NativeLibrary.getInstance(Platform.C_LIBRARY_NAME));
    }

    private LibC() {
    }

    /** Forces the library to load (and fail early if JNA cannot load). */
    public static void ensureLoaded() {
        // the static initialiser did the work
    }

    /** open(2) with a NUL-terminated path. */
    public static native int open(byte[] nulTerminatedPath, int flags, int mode);

    public static native int close(int fd);

    public static native long read(int fd, long bufferAddress, long countBytes);

    public static native long write(int fd, long bufferAddress, long countBytes);

    public static native long pread(int fd, long bufferAddress, long countBytes, long offsetBytes);

    public static native long pwrite(int fd, long bufferAddress, long countBytes, long offsetBytes);

    /** readv(2): {@code iovAddress} points at {@code iovCount} struct iovec {void *base; size_t len} (16 bytes each). */
    public static native long readv(int fd, long iovAddress, int iovCount);

    public static native long writev(int fd, long iovAddress, int iovCount);

    public static native long preadv(int fd, long iovAddress, int iovCount, long offsetBytes);

    public static native long pwritev(int fd, long iovAddress, int iovCount, long offsetBytes);

    /** preadv2(2); {@code rwFlags} are RWF_* ({@link OpenFlags#RWF_HIPRI}...). */
    public static native long preadv2(int fd, long iovAddress, int iovCount, long offsetBytes, int rwFlags);

    public static native long pwritev2(int fd, long iovAddress, int iovCount, long offsetBytes, int rwFlags);

    public static native long lseek(int fd, long offsetBytes, int whence);

    public static native int fsync(int fd);

    public static native int fdatasync(int fd);

    public static native int ftruncate(int fd, long lengthBytes);

    public static native int fallocate(int fd, int mode, long offsetBytes, long lengthBytes);

    /** posix_fadvise(2): returns the error number itself (0 on success), not -1. */
    public static native int posix_fadvise(int fd, long offsetBytes, long lengthBytes, int advice);

    /** posix_memalign(3): stores the pointer at {@code resultAddress}; returns the error number itself. */
    public static native int posix_memalign(long resultAddress, long alignmentBytes, long sizeBytes);

    public static native void free(long address);

    /** mmap(2): returns the address, or -1 (MAP_FAILED). */
    public static native long mmap(long address, long lengthBytes, int protection, int flags, int fd, long offsetBytes);

    public static native int munmap(long address, long lengthBytes);

    public static native int msync(long address, long lengthBytes, int flags);

    public static native int madvise(long address, long lengthBytes, int advice);

    /** ioctl(2) with one integer or pointer argument. */
    public static native int ioctl(int fd, long request, long argument);

    public static native int unlink(byte[] nulTerminatedPath);

    /** strerror(3); glibc returns a constant string for every known error number. */
    public static native String strerror(int errorNumber);

    /** sched_setaffinity(2); pid 0 is the calling thread. */
    public static native int sched_setaffinity(int pid, long maskSizeBytes, long maskAddress);

    public static native int sched_getaffinity(int pid, long maskSizeBytes, long maskAddress);

    /** getrusage(2) into a 144-byte struct rusage (see {@link ThreadUsage}). */
    public static native int getrusage(int who, long usageAddress);

    /** syscall(2) with six integer arguments; returns -1 with errno on failure (see {@link Syscalls}). */
    public static native long syscall(long number, long a1, long a2, long a3, long a4, long a5, long a6);
}
