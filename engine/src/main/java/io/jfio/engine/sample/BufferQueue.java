package io.jfio.engine.sample;

import io.jfio.engine.stats.WindowBuffer;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded one-producer, one-consumer queue of window buffers that never allocates: it carries closed
 * buffers from the thread that closes windows to the thread that publishes them, and empty ones back.
 * Threading: {@link #offer} from one producer at a time and {@link #poll} from one consumer at a time,
 * each side serialized by a lock of the owning {@link JobSampler}.
 */
final class BufferQueue {

    private final WindowBuffer[] slots;
    private final int mask;
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong tail = new AtomicLong();

    /** @param capacity a power of two */
    BufferQueue(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        this.slots = new WindowBuffer[capacity];
        this.mask = capacity - 1;
    }

    boolean offer(WindowBuffer buffer) {
        long t = tail.get();
        if (t - head.get() > mask) {
            return false;
        }
        slots[(int) t & mask] = buffer;
        tail.lazySet(t + 1);
        return true;
    }

    WindowBuffer poll() {
        long h = head.get();
        if (h == tail.get()) {
            return null;
        }
        WindowBuffer b = slots[(int) h & mask];
        slots[(int) h & mask] = null;
        head.lazySet(h + 1);
        return b;
    }
}
