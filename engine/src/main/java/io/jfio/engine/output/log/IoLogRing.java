package io.jfio.engine.output.log;

import io.jfio.engine.sample.PerIoListener;
import io.jfio.model.result.Direction;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A preallocated single-producer, single-consumer ring of per-I/O log records stored as primitives, so
 * that per-I/O logging ({@code log_avg_msec=0}) costs the I/O thread a few array stores and never
 * allocates or blocks. The log writer thread drains it and formats the lines. When the writer falls behind
 * by a full ring, records are dropped and counted (reported at the end), never waited for.
 * <p>
 * Threading: the {@link PerIoListener} methods belong to the job's I/O thread (the producer);
 * {@link #drain} to the log writer thread (the consumer); {@link #droppedCount} and {@link #size} to any thread.
 */
public final class IoLogRing implements PerIoListener {

    /** Receives drained records; called on the consumer thread. */
    public interface Handler {
        /**
         * One record.
         *
         * @param submission true for a submission (slat), false for a completion
         * @param value      slat for a submission, clat for a completion
         * @param latNanos   total latency of a completion (0 for a submission)
         */
        void accept(boolean submission, int ddir, int prio, long timeNanos, long value, long latNanos, long offset,
                    long bytes);
    }

    /** Default capacity in records (3 MiB of ring; about 65 ms of a 1M IOPS job). */
    public static final int DEFAULT_CAPACITY = 1 << 16;

    private static final int STRIDE = 6;
    private static final long SUBMISSION_BIT = 1L << 32;

    private final long[] slots;
    private final int mask;
    private final AtomicLong head = new AtomicLong(); // written by the consumer
    private final AtomicLong tail = new AtomicLong(); // written by the producer
    private long producerTail;       // producer-only
    private long cachedHead;         // producer-only
    private volatile long dropped;   // producer-only writes

    /** @param capacity records, rounded up to a power of two */
    public IoLogRing(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("ring capacity must be at least 2, got " + capacity);
        }
        int size = Integer.highestOneBit(capacity - 1) << 1;
        this.mask = size - 1;
        this.slots = new long[size * STRIDE];
    }

    /** Records in the ring. */
    public int capacity() {
        return mask + 1;
    }

    @Override
    public void onCompletion(Direction direction, long bytes, long offset, int prio, long clatNanos, long latNanos,
                             long completionNanos) {
        put(direction.fioCode() | ((long) (prio & 0xffff) << 8), completionNanos, clatNanos, latNanos, offset, bytes);
    }

    @Override
    public void onSubmission(Direction direction, long bytes, long offset, int prio, long slatNanos, long submitNanos) {
        put(direction.fioCode() | ((long) (prio & 0xffff) << 8) | SUBMISSION_BIT, submitNanos, slatNanos, 0, offset,
                bytes);
    }

    private void put(long meta, long timeNanos, long value, long lat, long offset, long bytes) {
        long t = producerTail;
        if (t - cachedHead > mask) {
            cachedHead = head.get();
            if (t - cachedHead > mask) {
                dropped = dropped + 1;
                return;
            }
        }
        int base = ((int) t & mask) * STRIDE;
        slots[base] = meta;
        slots[base + 1] = timeNanos;
        slots[base + 2] = value;
        slots[base + 3] = lat;
        slots[base + 4] = offset;
        slots[base + 5] = bytes;
        producerTail = t + 1;
        tail.lazySet(t + 1); // publishes the stores above to the consumer
    }

    /** Consumer: hands up to {@code limit} records, oldest first, to {@code handler}; returns how many. */
    public int drain(Handler handler, int limit) {
        long h = head.get();
        long available = tail.get() - h;
        int n = (int) Math.min(available, limit);
        for (int i = 0; i < n; i++) {
            int base = ((int) (h + i) & mask) * STRIDE;
            long meta = slots[base];
            handler.accept((meta & SUBMISSION_BIT) != 0, (int) (meta & 0xff), (int) ((meta >>> 8) & 0xffff),
                    slots[base + 1], slots[base + 2], slots[base + 3], slots[base + 4], slots[base + 5]);
        }
        head.lazySet(h + n); // frees the slots for the producer
        return n;
    }

    /** Records waiting. */
    public int size() {
        return (int) (tail.get() - head.get());
    }

    /** Records that found the ring full. */
    public long droppedCount() {
        return dropped;
    }
}
