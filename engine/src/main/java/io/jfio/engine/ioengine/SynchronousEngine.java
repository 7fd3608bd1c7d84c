package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.NativeMemory;

/**
 * Base of the engines whose every I/O completes inside {@link #queue} (sync, psync, pvsync,
 * pvsync2, mmap): nothing to commit, nothing to reap. Owns 32 bytes of native scratch: one struct
 * iovec at {@link #iovecAddress} and a BLKDISCARD range at {@link #rangeScratchAddress}.
 *
 * <p>Confined to its worker thread.
 */
abstract class SynchronousEngine implements IoEngine {

    /** One struct iovec {base, len} for the vectored calls. */
    protected final long iovecAddress;
    /** uint64_t[2] for BLKDISCARD. */
    protected final long rangeScratchAddress;
    private boolean closed;

    SynchronousEngine() {
        this.iovecAddress = NativeMemory.allocateZeroed(32);
        this.rangeScratchAddress = iovecAddress + 16;
    }

    /** Points the scratch iovec at the unit's data. */
    protected final void setIovec(IoUnit unit) {
        NativeMemory.putLong(iovecAddress, unit.dataAddress());
        NativeMemory.putLong(iovecAddress + 8, unit.lengthBytes());
    }

    /** SYNC, DATASYNC and TRIM, done now. */
    protected final QueueStatus completeInline(IoUnit unit) {
        InlineOps.completeNonData(unit, rangeScratchAddress);
        return QueueStatus.COMPLETED;
    }

    /** Stores a {@code HotCalls} result (bytes, or -errno) and the completion time. */
    protected static QueueStatus finish(IoUnit unit, long kernelResult) {
        unit.completed(kernelResult, System.nanoTime());
        return QueueStatus.COMPLETED;
    }

    @Override
    public final int commit() {
        return 0;
    }

    @Override
    public final int getEvents(int minEvents, int maxEvents) {
        return 0;
    }

    @Override
    public final IoUnit event(int index) {
        throw new IndexOutOfBoundsException("a synchronous engine has no events to reap");
    }

    @Override
    public final int outstanding() {
        return 0;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            NativeMemory.free(iovecAddress);
        }
    }
}
