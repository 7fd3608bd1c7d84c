package io.jfio.engine.nativeio;

import static io.jfio.engine.nativeio.IoUringAbi.*;

/**
 * One io_uring instance: its ring descriptor, the mmap'd submission and completion rings and SQE
 * array, and the ring protocol on raw memory.
 *
 * <p>Protocol (as liburing): the application owns the SQ tail and the CQ head, the kernel the SQ
 * head and the CQ tail. SQEs are filled at {@code tail & mask}, then the tail is published with a
 * store-release ({@link #publishSubmissions()}); with SQPOLL a full fence separates that store from
 * the load of the NEED_WAKEUP flag. The CQ tail is read with a load-acquire before the CQEs, and the
 * CQ head is advanced with a store-release after them. The SQ index array is filled once with the
 * identity (slot i holds SQE i) because SQEs are always used in ring order.
 *
 * <p>Not thread-safe: one thread (the worker that created it) fills, submits and reaps.
 */
public final class IoUringRings implements AutoCloseable {

    private final int ringFd;
    private final int setupFlags;
    private final int features;
    private final int sqEntries;
    private final int cqEntries;
    private final long sqRingAddress;
    private final long sqRingBytes;
    private final long cqRingAddress;
    private final long cqRingBytes;
    private final long sqesAddress;
    private final long sqesBytes;
    private final long sqHeadAddress;
    private final long sqTailAddress;
    private final long sqFlagsAddress;
    private final int sqMask;
    private final long cqHeadAddress;
    private final long cqTailAddress;
    private final long cqesAddress;
    private final int cqMask;
    /** SQ tail including SQEs not yet published to the kernel. */
    private int sqTail;
    private int publishedSqTail;
    private int cqHead;
    private boolean closed;

    private IoUringRings(int ringFd, long params, int setupFlags) throws NativeIoException {
        this.ringFd = ringFd;
        this.setupFlags = setupFlags;
        this.features = NativeMemory.getInt(params + PARAMS_FEATURES);
        this.sqEntries = NativeMemory.getInt(params + PARAMS_SQ_ENTRIES);
        this.cqEntries = NativeMemory.getInt(params + PARAMS_CQ_ENTRIES);
        long sq = params + PARAMS_SQ_OFF;
        long cq = params + PARAMS_CQ_OFF;
        long sqBytes = NativeMemory.getInt(sq + SQ_OFF_ARRAY) + 4L * sqEntries;
        long cqBytes = NativeMemory.getInt(cq + CQ_OFF_CQES) + (long) CQE_SIZE * cqEntries;
        long sqMap = 0;
        long cqMap = 0;
        long sqesMap = 0;
        try {
            if ((features & FEAT_SINGLE_MMAP) != 0) {
                sqBytes = Math.max(sqBytes, cqBytes);
                sqMap = mapRegion(ringFd, OFF_SQ_RING, sqBytes);
                cqMap = sqMap;
                cqBytes = 0;
            } else {
                sqMap = mapRegion(ringFd, OFF_SQ_RING, sqBytes);
                cqMap = mapRegion(ringFd, OFF_CQ_RING, cqBytes);
            }
            sqesMap = mapRegion(ringFd, OFF_SQES, (long) SQE_SIZE * sqEntries);
        } catch (NativeIoException e) {
            if (sqMap != 0) {
                LibC.munmap(sqMap, sqBytes);
            }
            if (cqMap != sqMap && cqMap != 0) {
                LibC.munmap(cqMap, cqBytes);
            }
            throw e;
        }
        this.sqRingAddress = sqMap;
        this.sqRingBytes = sqBytes;
        this.cqRingAddress = cqMap;
        this.cqRingBytes = cqBytes;
        this.sqesAddress = sqesMap;
        this.sqesBytes = (long) SQE_SIZE * sqEntries;
        this.sqHeadAddress = sqMap + NativeMemory.getInt(sq + SQ_OFF_HEAD);
        this.sqTailAddress = sqMap + NativeMemory.getInt(sq + SQ_OFF_TAIL);
        this.sqFlagsAddress = sqMap + NativeMemory.getInt(sq + SQ_OFF_FLAGS);
        this.sqMask = NativeMemory.getInt(sqMap + NativeMemory.getInt(sq + SQ_OFF_RING_MASK));
        this.cqHeadAddress = cqMap + NativeMemory.getInt(cq + CQ_OFF_HEAD);
        this.cqTailAddress = cqMap + NativeMemory.getInt(cq + CQ_OFF_TAIL);
        this.cqesAddress = cqMap + NativeMemory.getInt(cq + CQ_OFF_CQES);
        this.cqMask = NativeMemory.getInt(cqMap + NativeMemory.getInt(cq + CQ_OFF_RING_MASK));
        long array = sqMap + NativeMemory.getInt(sq + SQ_OFF_ARRAY);
        for (int i = 0; i < sqEntries; i++) {
            NativeMemory.putInt(array + 4L * i, i);
        }
        this.sqTail = NativeMemory.getInt(sqTailAddress);
        this.publishedSqTail = sqTail;
        this.cqHead = NativeMemory.getInt(cqHeadAddress);
    }

    private static long mapRegion(int ringFd, long offset, long bytes) throws NativeIoException {
        long address = LibC.mmap(0, bytes, OpenFlags.PROT_READ | OpenFlags.PROT_WRITE,
                OpenFlags.MAP_SHARED | OpenFlags.MAP_POPULATE, ringFd, offset);
        if (address == OpenFlags.MAP_FAILED) {
            throw NativeIoException.of("mmap io_uring region at " + Long.toHexString(offset), Errno.last());
        }
        return address;
    }

    /**
     * io_uring_setup(2) and mapping of the rings.
     *
     * @param entries SQ size (the kernel rounds up to a power of two; the CQ gets twice that)
     * @param setupFlags IORING_SETUP_* ({@link IoUringAbi#SETUP_SQPOLL}...)
     * @param sqThreadCpu CPU for the SQPOLL thread (with SETUP_SQ_AFF), else ignored
     * @param sqThreadIdleMillis how long the SQPOLL thread spins before sleeping (0: kernel default)
     */
    public static IoUringRings create(int entries, int setupFlags, int sqThreadCpu, int sqThreadIdleMillis)
            throws NativeIoException {
        Syscalls.checkArchitecture();
        long params = NativeMemory.allocateZeroed(PARAMS_SIZE);
        try {
            NativeMemory.putInt(params + PARAMS_FLAGS, setupFlags);
            NativeMemory.putInt(params + PARAMS_SQ_THREAD_CPU, sqThreadCpu);
            NativeMemory.putInt(params + PARAMS_SQ_THREAD_IDLE, sqThreadIdleMillis);
            int fd = Syscalls.ioUringSetup(entries, params);
            if (fd < 0) {
                throw NativeIoException.of("io_uring_setup(" + entries + " entries, flags 0x"
                        + Integer.toHexString(setupFlags) + ")", -fd);
            }
            try {
                return new IoUringRings(fd, params, setupFlags);
            } catch (NativeIoException e) {
                LibC.close(fd);
                throw e;
            }
        } finally {
            NativeMemory.free(params);
        }
    }

    public int ringFd() {
        return ringFd;
    }

    public int setupFlags() {
        return setupFlags;
    }

    public int features() {
        return features;
    }

    public int submissionEntries() {
        return sqEntries;
    }

    public int completionEntries() {
        return cqEntries;
    }

    /**
     * The next free SQE (to be filled completely, see {@link IoUringAbi#prepare}), or 0 when the
     * submission ring is full. The SQE reaches the kernel at the next {@link #publishSubmissions()}.
     */
    public long nextSqe() {
        if (sqTail - NativeMemory.getIntAcquire(sqHeadAddress) >= sqEntries) {
            return 0L;
        }
        long sqe = sqesAddress + (long) (sqTail & sqMask) * SQE_SIZE;
        sqTail++;
        return sqe;
    }

    /** SQEs obtained since the last {@link #publishSubmissions()}. */
    public int unpublishedSubmissions() {
        return sqTail - publishedSqTail;
    }

    /** Makes every filled SQE visible to the kernel (store-release of the SQ tail); returns how many. */
    public int publishSubmissions() {
        int count = sqTail - publishedSqTail;
        if (count != 0) {
            NativeMemory.putIntRelease(sqTailAddress, sqTail);
            publishedSqTail = sqTail;
        }
        return count;
    }

    /** SQPOLL: whether the kernel thread sleeps and needs {@link IoUringAbi#ENTER_SQ_WAKEUP}. */
    public boolean submissionThreadNeedsWakeup() {
        NativeMemory.fullFence(); // order the tail store before this flag load (smp_mb in liburing)
        return (NativeMemory.getIntAcquire(sqFlagsAddress) & SQ_NEED_WAKEUP) != 0;
    }

    /** SQEs published but not yet consumed by the kernel. */
    public int submissionsNotConsumed() {
        return publishedSqTail - NativeMemory.getIntAcquire(sqHeadAddress);
    }

    /** io_uring_enter(2); returns the SQEs consumed, or -errno. */
    public int enter(int toSubmit, int minComplete, int flags) {
        return Syscalls.ioUringEnter(ringFd, toSubmit, minComplete, flags);
    }

    /** Completions waiting in the CQ (load-acquire of the CQ tail). */
    public int completionsReady() {
        return NativeMemory.getIntAcquire(cqTailAddress) - cqHead;
    }

    /** Address of the {@code i}-th unconsumed CQE, {@code i < completionsReady()}. */
    public long completion(int i) {
        return cqesAddress + (long) ((cqHead + i) & cqMask) * CQE_SIZE;
    }

    /** Releases {@code count} consumed CQEs to the kernel (store-release of the CQ head). */
    public void consumeCompletions(int count) {
        cqHead += count;
        NativeMemory.putIntRelease(cqHeadAddress, cqHead);
    }

    /** IORING_REGISTER_BUFFERS: {@code iovecs} holds {@code count} struct iovec. */
    public void registerBuffers(long iovecs, int count) throws NativeIoException {
        int result = Syscalls.ioUringRegister(ringFd, REGISTER_BUFFERS, iovecs, count);
        if (result < 0) {
            throw NativeIoException.of("io_uring_register(REGISTER_BUFFERS, " + count + " buffers)", -result);
        }
    }

    /** IORING_REGISTER_FILES with {@code count} empty (-1) slots, filled later by {@link #updateFile}. */
    public void registerSparseFiles(int count) throws NativeIoException {
        long fds = NativeMemory.allocate(4L * count);
        try {
            for (int i = 0; i < count; i++) {
                NativeMemory.putInt(fds + 4L * i, -1);
            }
            int result = Syscalls.ioUringRegister(ringFd, REGISTER_FILES, fds, count);
            if (result < 0) {
                throw NativeIoException.of("io_uring_register(REGISTER_FILES, " + count + " slots)", -result);
            }
        } finally {
            NativeMemory.free(fds);
        }
    }

    /** IORING_REGISTER_FILES_UPDATE of one slot; {@code fd} -1 empties it. */
    public void updateFile(int slot, int fd) throws NativeIoException {
        long update = NativeMemory.allocateZeroed(16 + 4);
        try {
            long fds = update + 16;
            NativeMemory.putInt(fds, fd);
            NativeMemory.putInt(update, slot);
            NativeMemory.putLong(update + 8, fds);
            int result = Syscalls.ioUringRegister(ringFd, REGISTER_FILES_UPDATE, update, 1);
            if (result < 0) {
                throw NativeIoException.of("io_uring_register(FILES_UPDATE slot " + slot + ")", -result);
            }
        } finally {
            NativeMemory.free(update);
        }
    }

    /**
     * Whether the kernel supports {@code opcode} (IORING_REGISTER_PROBE, Linux 5.6+; false on older
     * kernels, which also lack the opcodes jfio needs).
     */
    public boolean supportsOpcode(int opcode) {
        int opCount = 256;
        long probe = NativeMemory.allocateZeroed(PROBE_HEADER_SIZE + (long) PROBE_OP_SIZE * opCount);
        try {
            if (Syscalls.ioUringRegister(ringFd, REGISTER_PROBE, probe, opCount) < 0) {
                return false;
            }
            int lastOp = NativeMemory.getByte(probe) & 0xFF;
            if (opcode > lastOp) {
                return false;
            }
            long op = probe + PROBE_HEADER_SIZE + (long) PROBE_OP_SIZE * opcode;
            return (NativeMemory.getShort(op + 2) & PROBE_OP_SUPPORTED) != 0;
        } finally {
            NativeMemory.free(probe);
        }
    }

    /** Unmaps the rings and closes the ring (which also drops registered buffers and files). Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        LibC.munmap(sqesAddress, sqesBytes);
        LibC.munmap(sqRingAddress, sqRingBytes);
        if (cqRingBytes != 0) {
            LibC.munmap(cqRingAddress, cqRingBytes);
        }
        LibC.close(ringFd);
    }
}
