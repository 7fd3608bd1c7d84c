package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.AlignedBuffer;
import io.jfio.engine.nativeio.NativeIoException;

/**
 * The I/O units of one job (one per queue slot, iodepth of them) and the single aligned region that
 * holds their buffers (fio's iomem), unit i's buffer at {@code i * stride}. An engine is created for
 * one set and may register its buffers with the kernel (io_uring fixedbufs).
 *
 * <p>Owned by one worker thread. Close it after the engine that uses it.
 */
public final class IoUnitSet implements AutoCloseable {

    private final AlignedBuffer memory;
    private final IoUnit[] units;
    private final int bufferBytes;
    private final long strideBytes;

    private IoUnitSet(AlignedBuffer memory, int count, int bufferBytes, long strideBytes) {
        this.memory = memory;
        this.bufferBytes = bufferBytes;
        this.strideBytes = strideBytes;
        this.units = new IoUnit[count];
        for (int i = 0; i < count; i++) {
            units[i] = new IoUnit(i, memory.address() + i * strideBytes, bufferBytes);
        }
    }

    /**
     * @param count the queue depth
     * @param bufferBytes buffer per unit: the job's largest block size
     * @param alignmentBytes alignment of every buffer: a power of two, at least the page size for O_DIRECT
     */
    public static IoUnitSet allocate(int count, int bufferBytes, int alignmentBytes) throws NativeIoException {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one I/O unit, not " + count);
        }
        if (bufferBytes < 1) {
            throw new IllegalArgumentException("buffer size must be positive: " + bufferBytes);
        }
        long stride = (bufferBytes + (long) alignmentBytes - 1) & -(long) alignmentBytes;
        AlignedBuffer memory = AlignedBuffer.allocate(stride * count, alignmentBytes);
        return new IoUnitSet(memory, count, bufferBytes, stride);
    }

    public int size() {
        return units.length;
    }

    public IoUnit unit(int index) {
        return units[index];
    }

    /** Buffer bytes of each unit. */
    public int bufferBytes() {
        return bufferBytes;
    }

    /** Distance between two units' buffers. */
    public long strideBytes() {
        return strideBytes;
    }

    /** The region holding every buffer (for filling it once: zero_buffers, buffer_pattern, random). */
    public AlignedBuffer memory() {
        return memory;
    }

    /** For engines: the units indexed by {@link IoUnit#index()}. */
    IoUnit[] units() {
        return units;
    }

    @Override
    public void close() {
        memory.close();
    }
}
