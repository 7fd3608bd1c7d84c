package io.jfio.engine.sample;

import io.jfio.model.result.IntervalSample;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * A bounded one-producer, one-consumer queue of closed sample windows, in the style of Agrona's
 * {@code OneToOneConcurrentArrayQueue}: {@link #offer} never blocks and counts a drop when the channel is
 * full; {@link #drain} empties it in batches.
 * <p>
 * Threading: the producer side ({@link #offer}, {@link #close}) is called only by the job's sampler while
 * it holds its close lock, so successive producer threads (I/O thread, ticker, finisher) are serialized
 * and ordered by that lock. The consumer side ({@link #drain}, {@link #poll}) belongs to one consumer thread
 * (log writer, live view, status printer). {@link #droppedCount}, {@link #size} and {@link #isClosed} may be
 * read by any thread.
 */
public final class SampleChannel {

    private final String consumerName;
    private final AtomicReferenceArray<IntervalSample> slots;
    private final int mask;
    private final AtomicLong head = new AtomicLong(); // next slot to consume; written by the consumer
    private final AtomicLong tail = new AtomicLong(); // next slot to fill; written by the producer
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closed;

    /**
     * @param consumerName who drains it, for the drop report ("log writer", "live view")
     * @param capacity     at least 1; rounded up to a power of two
     */
    public SampleChannel(String consumerName, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("channel capacity must be at least 1, got " + capacity);
        }
        int size = Integer.highestOneBit(capacity - 1) << 1;
        if (capacity == 1) {
            size = 1;
        }
        this.consumerName = consumerName;
        this.slots = new AtomicReferenceArray<>(size);
        this.mask = size - 1;
    }

    /** Who drains this channel. */
    public String consumerName() {
        return consumerName;
    }

    /** Slots in the channel. */
    public int capacity() {
        return mask + 1;
    }

    /** Producer: enqueues {@code sample}; if the channel is full counts a drop and returns false. Never blocks. */
    public boolean offer(IntervalSample sample) {
        long t = tail.get();
        if (t - head.get() > mask) {
            dropped.incrementAndGet();
            return false;
        }
        slots.lazySet((int) t & mask, sample);
        tail.lazySet(t + 1);
        return true;
    }

    /** Producer: no more samples will come. */
    public void close() {
        closed = true;
    }

    /** True once the producer closed the channel (samples may still wait to be drained). */
    public boolean isClosed() {
        return closed;
    }

    /** True once the channel is closed and everything offered before was drained. */
    public boolean isDrained() {
        return closed && head.get() == tail.get();
    }

    /** Consumer: the oldest sample, or {@code null} if empty. */
    public IntervalSample poll() {
        long h = head.get();
        if (h == tail.get()) {
            return null;
        }
        int slot = (int) h & mask;
        IntervalSample s = slots.get(slot);
        slots.lazySet(slot, null);
        head.lazySet(h + 1);
        return s;
    }

    /** Consumer: hands up to {@code limit} samples, oldest first, to {@code consumer}; returns how many. */
    public int drain(Consumer<IntervalSample> consumer, int limit) {
        int n = 0;
        while (n < limit) {
            IntervalSample s = poll();
            if (s == null) {
                break;
            }
            consumer.accept(s);
            n++;
        }
        return n;
    }

    /** Samples waiting. */
    public int size() {
        return (int) Math.max(0, tail.get() - head.get());
    }

    /** Samples that found the channel full. */
    public long droppedCount() {
        return dropped.get();
    }

    @Override
    public String toString() {
        return "SampleChannel[" + consumerName + ", " + size() + "/" + capacity() + ", dropped " + droppedCount() + "]";
    }
}
