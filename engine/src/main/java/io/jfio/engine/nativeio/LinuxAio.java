package io.jfio.engine.nativeio;

/**
 * Linux native AIO (io_setup/io_submit/io_getevents) through raw system calls, without libaio.so:
 * context lifecycle and the layouts of struct iocb and struct io_event. Stateless; any thread, but
 * one AIO context is used by one worker.
 *
 * <pre>
 * struct iocb (64 bytes, little-endian)          struct io_event (32 bytes)
 *   u64 aio_data        0                          u64 data  0
 *   u32 aio_key         8                          u64 obj   8
 *   u32 aio_rw_flags   12                          s64 res  16   bytes or -errno
 *   u16 aio_lio_opcode 16                          s64 res2 24
 *   s16 aio_reqprio    18
 *   u32 aio_fildes     20
 *   u64 aio_buf        24
 *   u64 aio_nbytes     32
 *   s64 aio_offset     40
 *   u64 aio_reserved2  48
 *   u32 aio_flags      56
 *   u32 aio_resfd      60
 * </pre>
 */
public final class LinuxAio {

    public static final int IOCB_SIZE = 64;
    public static final int IOCB_DATA = 0;
    public static final int IOCB_RW_FLAGS = 12;
    public static final int IOCB_OPCODE = 16;
    public static final int IOCB_FD = 20;
    public static final int IOCB_BUF = 24;
    public static final int IOCB_NBYTES = 32;
    public static final int IOCB_OFFSET = 40;

    public static final int EVENT_SIZE = 32;
    public static final int EVENT_DATA = 0;
    public static final int EVENT_RES = 16;

    public static final int IOCB_CMD_PREAD = 0;
    public static final int IOCB_CMD_PWRITE = 1;
    public static final int IOCB_CMD_FSYNC = 2;
    public static final int IOCB_CMD_FDSYNC = 3;

    private LinuxAio() {
    }

    /** io_setup(2): a context able to hold {@code maxEvents} requests. */
    public static long setup(int maxEvents) throws NativeIoException {
        Syscalls.checkArchitecture();
        long slot = NativeMemory.allocateZeroed(8);
        try {
            int result = Syscalls.ioSetup(maxEvents, slot);
            if (result < 0) {
                String hint = result == -Errno.EAGAIN ? "system-wide limit /proc/sys/fs/aio-max-nr reached" : null;
                throw hint == null ? NativeIoException.of("io_setup(" + maxEvents + ")", -result)
                        : NativeIoException.withHint("io_setup(" + maxEvents + ")", -result, hint);
            }
            return NativeMemory.getLong(slot);
        } finally {
            NativeMemory.free(slot);
        }
    }

    public static void destroy(long context) throws NativeIoException {
        int result = Syscalls.ioDestroy(context);
        if (result < 0) {
            throw NativeIoException.of("io_destroy", -result);
        }
    }

    /** Writes a complete iocb (all 64 bytes) at {@code iocb}. */
    public static void prepare(long iocb, int opcode, int fd, long bufferAddress, long lengthBytes,
                               long offsetBytes, long userData) {
        NativeMemory.putLong(iocb + IOCB_DATA, userData);
        NativeMemory.putLong(iocb + 8, 0L);                                  // aio_key, aio_rw_flags
        NativeMemory.putLong(iocb + IOCB_OPCODE, (opcode & 0xFFFFL) | ((long) fd << 32)); // opcode, reqprio 0, fildes
        NativeMemory.putLong(iocb + IOCB_BUF, bufferAddress);
        NativeMemory.putLong(iocb + IOCB_NBYTES, lengthBytes);
        NativeMemory.putLong(iocb + IOCB_OFFSET, offsetBytes);
        NativeMemory.putLong(iocb + 48, 0L);
        NativeMemory.putLong(iocb + 56, 0L);                                 // aio_flags, aio_resfd
    }
}
