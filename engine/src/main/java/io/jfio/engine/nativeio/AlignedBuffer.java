package io.jfio.engine.nativeio;

import com.sun.jna.Pointer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * An off-heap buffer from posix_memalign(3), aligned for O_DIRECT, with its raw address and filling
 * helpers. The memory is not zeroed until a fill method says so.
 *
 * <p>Owned by one thread at a time (the worker that does I/O into it); {@link #close()} frees the
 * memory, after which the address must not be used. Not thread-safe.
 */
public final class AlignedBuffer implements AutoCloseable {

    private final long address;
    private final long sizeBytes;
    private final int alignmentBytes;
    private boolean closed;
    private ByteBuffer view;

    private AlignedBuffer(long address, long sizeBytes, int alignmentBytes) {
        this.address = address;
        this.sizeBytes = sizeBytes;
        this.alignmentBytes = alignmentBytes;
    }

    /**
     * Allocates {@code sizeBytes} aligned to {@code alignmentBytes}, a power of two that is a multiple
     * of the pointer size (fio's default and O_DIRECT's need: the page size, {@link NativeMemory#PAGE_SIZE}).
     */
    public static AlignedBuffer allocate(long sizeBytes, int alignmentBytes) throws NativeIoException {
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("buffer size must be positive: " + sizeBytes);
        }
        if (alignmentBytes < 8 || Integer.bitCount(alignmentBytes) != 1) {
            throw new IllegalArgumentException("alignment must be a power of two >= 8: " + alignmentBytes);
        }
        long slot = NativeMemory.allocate(8);
        try {
            int errno = LibC.posix_memalign(slot, alignmentBytes, sizeBytes);
            if (errno != 0) {
                throw NativeIoException.of("posix_memalign " + sizeBytes + " bytes aligned to " + alignmentBytes, errno);
            }
            return new AlignedBuffer(NativeMemory.getLong(slot), sizeBytes, alignmentBytes);
        } finally {
            NativeMemory.free(slot);
        }
    }

    /** Page-aligned allocation. */
    public static AlignedBuffer allocatePageAligned(long sizeBytes) throws NativeIoException {
        return allocate(sizeBytes, NativeMemory.PAGE_SIZE);
    }

    public long address() {
        return address;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public int alignmentBytes() {
        return alignmentBytes;
    }

    /** A native-order ByteBuffer over the whole buffer (buffers up to 2 GiB); created once. */
    public ByteBuffer asByteBuffer() {
        checkOpen();
        if (sizeBytes > Integer.MAX_VALUE) {
            throw new IllegalStateException("a ByteBuffer cannot view " + sizeBytes + " bytes");
        }
        if (view == null) {
            view = new Pointer(address).getByteBuffer(0, sizeBytes).order(ByteOrder.nativeOrder());
        }
        return view.duplicate().order(ByteOrder.nativeOrder());
    }

    /** Sets every byte to {@code value} (zero_buffers). */
    public void fill(byte value) {
        checkOpen();
        NativeMemory.fill(address, sizeBytes, value);
    }

    /** Repeats {@code pattern} over the whole buffer (buffer_pattern). */
    public void fillPattern(byte[] pattern) {
        fillPattern(pattern, 0, sizeBytes);
    }

    /** Repeats {@code pattern} from {@code offsetBytes} for {@code lengthBytes}, starting each range at pattern byte 0. */
    public void fillPattern(byte[] pattern, long offsetBytes, long lengthBytes) {
        checkOpen();
        checkRange(offsetBytes, lengthBytes);
        if (pattern.length == 0) {
            throw new IllegalArgumentException("empty pattern");
        }
        long start = address + offsetBytes;
        long first = Math.min(pattern.length, lengthBytes);
        NativeMemory.copyFromArray(pattern, 0, start, (int) first);
        // doubling copies: log2(length / pattern) memcpy calls instead of one per pattern repeat
        long filled = first;
        while (filled < lengthBytes) {
            long chunk = Math.min(filled - filled % pattern.length, lengthBytes - filled);
            NativeMemory.copy(start, start + filled, chunk);
            filled += chunk;
        }
    }

    /**
     * Fills with pseudo-random bytes from xorshift64* seeded by {@code seed}: incompressible data,
     * the same for the same seed.
     */
    public void fillRandom(long seed) {
        fillRandom(seed, 0, sizeBytes);
    }

    /** {@link #fillRandom(long)} over a sub-range; no allocation (usable per I/O for refill_buffers). */
    public void fillRandom(long seed, long offsetBytes, long lengthBytes) {
        checkOpen();
        checkRange(offsetBytes, lengthBytes);
        RandomFill.fill(address + offsetBytes, lengthBytes, seed);
    }

    /** Copies {@code source} into the buffer at {@code offsetBytes}. */
    public void copyFrom(byte[] source, long offsetBytes) {
        checkOpen();
        checkRange(offsetBytes, source.length);
        NativeMemory.copyFromArray(source, 0, address + offsetBytes, source.length);
    }

    /** Copies {@code lengthBytes} from {@code offsetBytes} into a new array. */
    public byte[] copyTo(long offsetBytes, int lengthBytes) {
        checkOpen();
        checkRange(offsetBytes, lengthBytes);
        byte[] result = new byte[lengthBytes];
        NativeMemory.copyToArray(address + offsetBytes, result, 0, lengthBytes);
        return result;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Frees the memory; idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            view = null;
            LibC.free(address);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("buffer already freed");
        }
    }

    private void checkRange(long offsetBytes, long lengthBytes) {
        if (offsetBytes < 0 || lengthBytes < 0 || offsetBytes > sizeBytes - lengthBytes) {
            throw new IndexOutOfBoundsException("range " + offsetBytes + "+" + lengthBytes
                    + " outside buffer of " + sizeBytes + " bytes");
        }
    }
}
