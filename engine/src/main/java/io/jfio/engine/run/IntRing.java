package io.jfio.engine.run;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded single-producer single-consumer queue of ints (I/O unit indices) for io_submit_mode=offload:
 * {@link #offer} returns false when full, {@link #poll} returns -1 when empty; neither blocks nor
 * allocates. An offer publishes everything the producer wrote before it (the unit it prepares). Threading:
 * one producer thread, one consumer thread.
 */
final class IntRing {

    private final int[] slots;
    private final int mask;
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong tail = new AtomicLong();

    /** A ring holding at least {@code capacity} entries. */
    IntRing(int capacity) {
        int size = Integer.highestOneBit(Math.max(1, capacity - 1)) << 1;
        this.slots = new int[size];
        this.mask = size - 1;
    }

    boolean offer(int value) {
        long t = tail.get();
        if (t - head.get() == slots.length) {
            return false;
        }
        slots[(int) t & mask] = value;
        tail.lazySet(t + 1);
        return true;
    }

    int poll() {
        long h = head.get();
        if (h == tail.get()) {
            return -1;
        }
        int value = slots[(int) h & mask];
        head.lazySet(h + 1);
        return value;
    }

    /** Entries in the ring; exact for the consumer (the producer only ever adds). */
    int size() {
        return (int) (tail.get() - head.get());
    }

    boolean isEmpty() {
        return head.get() == tail.get();
    }
}
