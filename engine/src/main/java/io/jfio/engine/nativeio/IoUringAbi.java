package io.jfio.engine.nativeio;

/**
 * io_uring's user-space ABI (include/uapi/linux/io_uring.h): flags, opcodes, struct layouts, and a
 * writer for one SQE. Stateless; any thread.
 *
 * <pre>
 * struct io_uring_params (120 bytes)       struct io_sqring_offsets (at 40)  io_cqring_offsets (at 80)
 *   u32 sq_entries      0                    u32 head          +0            u32 head      +0
 *   u32 cq_entries      4                    u32 tail          +4            u32 tail      +4
 *   u32 flags           8                    u32 ring_mask     +8            u32 ring_mask +8
 *   u32 sq_thread_cpu  12                    u32 ring_entries +12            u32 ring_entries +12
 *   u32 sq_thread_idle 16                    u32 flags        +16            u32 overflow  +16
 *   u32 features       20                    u32 dropped      +20            u32 cqes      +20
 *   u32 wq_fd          24                    u32 array        +24            u32 flags     +24
 *   u32 resv[3]        28
 *
 * struct io_uring_sqe (64 bytes)           struct io_uring_cqe (16 bytes)
 *   u8  opcode     0    u64 user_data 32     u64 user_data 0
 *   u8  flags      1    u16 buf_index 40     s32 res       8   bytes or -errno
 *   u16 ioprio     2    u16 personality 42   u32 flags    12
 *   s32 fd         4    s32 splice_fd_in 44
 *   u64 off        8    u64 addr3     48
 *   u64 addr      16    u64 pad       56
 *   u32 len       24
 *   u32 rw_flags  28   (fsync_flags for FSYNC)
 * </pre>
 */
public final class IoUringAbi {

    public static final int PARAMS_SIZE = 120;
    public static final int PARAMS_SQ_ENTRIES = 0;
    public static final int PARAMS_CQ_ENTRIES = 4;
    public static final int PARAMS_FLAGS = 8;
    public static final int PARAMS_SQ_THREAD_CPU = 12;
    public static final int PARAMS_SQ_THREAD_IDLE = 16;
    public static final int PARAMS_FEATURES = 20;
    public static final int PARAMS_SQ_OFF = 40;
    public static final int PARAMS_CQ_OFF = 80;

    public static final int SQ_OFF_HEAD = 0;
    public static final int SQ_OFF_TAIL = 4;
    public static final int SQ_OFF_RING_MASK = 8;
    public static final int SQ_OFF_RING_ENTRIES = 12;
    public static final int SQ_OFF_FLAGS = 16;
    public static final int SQ_OFF_ARRAY = 24;
    public static final int CQ_OFF_HEAD = 0;
    public static final int CQ_OFF_TAIL = 4;
    public static final int CQ_OFF_RING_MASK = 8;
    public static final int CQ_OFF_RING_ENTRIES = 12;
    public static final int CQ_OFF_CQES = 20;

    public static final int SQE_SIZE = 64;
    public static final int CQE_SIZE = 16;
    public static final int CQE_USER_DATA = 0;
    public static final int CQE_RES = 8;

    /** mmap offsets of the three regions. */
    public static final long OFF_SQ_RING = 0L;
    public static final long OFF_CQ_RING = 0x8000000L;
    public static final long OFF_SQES = 0x10000000L;

    public static final int SETUP_IOPOLL = 1;
    public static final int SETUP_SQPOLL = 1 << 1;
    public static final int SETUP_SQ_AFF = 1 << 2;
    public static final int SETUP_CQSIZE = 1 << 3;
    public static final int SETUP_CLAMP = 1 << 4;
    public static final int SETUP_SUBMIT_ALL = 1 << 7;
    public static final int SETUP_COOP_TASKRUN = 1 << 8;
    public static final int SETUP_SINGLE_ISSUER = 1 << 12;
    /** Completions are posted only when the ring's task enters with GETEVENTS (Linux 6.1+; needs SINGLE_ISSUER). */
    public static final int SETUP_DEFER_TASKRUN = 1 << 13;

    public static final int FEAT_SINGLE_MMAP = 1;
    public static final int FEAT_NODROP = 1 << 1;

    public static final int ENTER_GETEVENTS = 1;
    public static final int ENTER_SQ_WAKEUP = 1 << 1;

    public static final int SQ_NEED_WAKEUP = 1;

    public static final int OP_NOP = 0;
    public static final int OP_READV = 1;
    public static final int OP_WRITEV = 2;
    public static final int OP_FSYNC = 3;
    public static final int OP_READ_FIXED = 4;
    public static final int OP_WRITE_FIXED = 5;
    public static final int OP_READ = 22;
    public static final int OP_WRITE = 23;

    public static final int SQE_FIXED_FILE = 1;
    public static final int FSYNC_DATASYNC = 1;

    public static final int REGISTER_BUFFERS = 0;
    public static final int UNREGISTER_BUFFERS = 1;
    public static final int REGISTER_FILES = 2;
    public static final int UNREGISTER_FILES = 3;
    /** struct io_uring_files_update {u32 offset; u32 resv; u64 fds} (16 bytes). */
    public static final int REGISTER_FILES_UPDATE = 6;
    /**
     * struct io_uring_probe {u8 last_op; u8 ops_len; u16 resv; u32 resv2[3]; struct io_uring_probe_op ops[]}
     * (16-byte header), io_uring_probe_op {u8 op; u8 resv; u16 flags; u32 resv2} (8 bytes).
     */
    public static final int REGISTER_PROBE = 8;
    public static final int PROBE_HEADER_SIZE = 16;
    public static final int PROBE_OP_SIZE = 8;
    public static final int PROBE_OP_SUPPORTED = 1;

    private IoUringAbi() {
    }

    /**
     * Writes every byte of one SQE.
     *
     * @param rwFlags rw_flags (RWF_*) or fsync_flags, by opcode
     * @param bufferIndex registered-buffer index for READ_FIXED/WRITE_FIXED, else 0
     */
    public static void prepare(long sqe, int opcode, int sqeFlags, int fd, long offsetBytes, long address,
                               int length, int rwFlags, long userData, int bufferIndex) {
        NativeMemory.putLong(sqe, (opcode & 0xFFL) | ((sqeFlags & 0xFFL) << 8) | ((long) fd << 32)); // ioprio 0
        NativeMemory.putLong(sqe + 8, offsetBytes);
        NativeMemory.putLong(sqe + 16, address);
        NativeMemory.putLong(sqe + 24, (length & 0xFFFFFFFFL) | ((long) rwFlags << 32));
        NativeMemory.putLong(sqe + 32, userData);
        NativeMemory.putLong(sqe + 40, bufferIndex & 0xFFFFL);              // personality 0, splice_fd_in 0
        NativeMemory.putLong(sqe + 48, 0L);
        NativeMemory.putLong(sqe + 56, 0L);
    }
}
