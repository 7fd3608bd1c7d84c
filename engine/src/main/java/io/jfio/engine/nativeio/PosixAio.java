package io.jfio.engine.nativeio;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

/**
 * glibc's POSIX AIO (aio_read/aio_write/aio_error/aio_return/aio_suspend), direct-mapped. glibc
 * runs the requests on its own helper threads, so the caller really does continue while they are
 * in flight (requests on one descriptor are served in order by one helper, as they are for fio's
 * posixaio engine). Found in libc.so.6 since glibc 2.34, in librt.so.1 before.
 *
 * <pre>
 * struct aiocb, glibc x86_64 (168 bytes)
 *   int    aio_fildes      0        struct sigevent aio_sigevent 32 (sigev_notify at 44)
 *   int    aio_lio_opcode  4        ... glibc private fields 96..127
 *   int    aio_reqprio     8        off_t  aio_offset          128
 *   void  *aio_buf        16        char   reserved[32]        136
 *   size_t aio_nbytes     24
 * </pre>
 *
 * <p>Any thread may call these; an aiocb belongs to one request at a time.
 */
public final class PosixAio {

    public static final int AIOCB_SIZE = 168;
    public static final int AIOCB_FD = 0;
    public static final int AIOCB_OPCODE = 4;
    public static final int AIOCB_REQPRIO = 8;
    public static final int AIOCB_BUF = 16;
    public static final int AIOCB_NBYTES = 24;
    public static final int AIOCB_SIGEV_NOTIFY = 44;
    public static final int AIOCB_OFFSET = 128;
    public static final int SIGEV_NONE = 1;

    private static final String UNAVAILABLE_REASON = register();

    private PosixAio() {
    }

    private static String register() {
        String first = tryRegister(Platform.C_LIBRARY_NAME);
        if (first == null) {
            return null;
        }
        String second = tryRegister("rt");
        return second == null ? null : "glibc POSIX AIO not found: " + first + "; " + second;
    }

    private static String tryRegister(String library) {
        try {
            Native.register(PosixAio.class, NativeLibrary.getInstance(library));
            return null;
        } catch (UnsatisfiedLinkError e) {
            return library + ": " + e.getMessage();
        }
    }

    /** Null if the functions are bound, else why not. */
    public static String unavailableReason() {
        return UNAVAILABLE_REASON;
    }

    /** Clears an aiocb and sets the fields of one read or write (no notification: completion is polled). */
    public static void prepare(long aiocb, int fd, long bufferAddress, long lengthBytes, long offsetBytes) {
        NativeMemory.fill(aiocb, AIOCB_SIZE, (byte) 0);
        NativeMemory.putInt(aiocb + AIOCB_FD, fd);
        NativeMemory.putLong(aiocb + AIOCB_BUF, bufferAddress);
        NativeMemory.putLong(aiocb + AIOCB_NBYTES, lengthBytes);
        NativeMemory.putInt(aiocb + AIOCB_SIGEV_NOTIFY, SIGEV_NONE);
        NativeMemory.putLong(aiocb + AIOCB_OFFSET, offsetBytes);
    }

    /** aio_read(3): 0 queued, -1 with errno. */
    public static native int aio_read(long aiocb);

    public static native int aio_write(long aiocb);

    /** aio_error(3): EINPROGRESS while in flight, 0 when done, else the request's errno. */
    public static native int aio_error(long aiocb);

    /** aio_return(3): bytes transferred, or -1; call once, after aio_error stopped saying EINPROGRESS. */
    public static native long aio_return(long aiocb);

    /** aio_suspend(3): waits for one of {@code count} aiocb pointers at {@code listAddress}; timeout 0 = forever. */
    public static native int aio_suspend(long listAddress, int count, long timeoutAddress);

    /** aio_cancel(3); {@code aiocb} 0 cancels every request on {@code fd}. */
    public static native int aio_cancel(int fd, long aiocb);
}
