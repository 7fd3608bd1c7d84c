package io.jfio.engine.output.log;

import io.jfio.engine.sample.PerIoListener;
import io.jfio.model.result.Direction;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A preallocated single-producer, single-consumer ring of per-I/O log records stored as primitives, so
 * that per-I/O logging ({@code log_avg_msec=0}) costs the I/O thread a few array stores and never
 * allocates. The log writer thread drains it and formats the lines.
 * <p>
 * When the ring is full while a consumer is {@linkplain #attachConsumer attached}, the I/O thread sleeps
 * until the writer has freed half of it: a per-I/O log is only worth having complete, and this is what per-I/O
 * logging costs fio's I/O loop too (fio stores every sample inline). Only when the consumer is not
 * attached (never started, or closed while the job still runs) or has made no progress for
 * {@link #STALL_NANOS} (a log disk that hangs) is a record dropped and counted, never waited for again
 * until the consumer moves.
 * <p>
 * Threading: the {@link PerIoListener} methods belong to the job's I/O thread (the producer);
 * {@link #drain} to the log writer thread (the consumer); {@link #attachConsumer}, {@link #detachConsumer},
 * {@link #droppedCount}, {@link #waitCount} and {@link #size} to any thread.
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

    /**
     * Default capacity in records: 3 MiB per job, about 65 ms of a 1M IOPS job, enough to ride out the writer
     * being descheduled; a bigger ring would not help a writer that is slower than the I/O (it waits anyway)
     * and costs memory per job.
     */
    public static final int DEFAULT_CAPACITY = 1 << 16;

    /** How long a full ring waits for a consumer that frees nothing before it drops. */
    public static final long STALL_NANOS = 500_000_000L;

    private static final int STRIDE = 6;
    private static final int PROGRESS_MASK = 1023;
    private static final long WAIT_PARK_NANOS = 50_000;
    private static final long SUBMISSION_BIT = 1L << 32;

    private final long[] slots;
    private final int mask;
    private final AtomicLong head = new AtomicLong(); // written by the consumer
    private final AtomicLong tail = new AtomicLong(); // written by the producer
    private long producerTail;       // producer-only
    private long cachedHead;         // producer-only
    private long stalledAtHead = -1; // producer-only: the consumer's position when it last stalled
    private volatile long dropped;   // producer-only writes
    private volatile long waits;     // producer-only writes
    private volatile boolean consumerAttached;

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
            if (t - cachedHead > mask && !awaitSpace(t)) {
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

    // Producer: waits for the consumer to free half the ring; false if it is detached or stalls.
    private boolean awaitSpace(long t) {
        if (!consumerAttached || cachedHead == stalledAtHead) {
            return false; // no writer, or one that has not moved since it stalled: drop without waiting
        }
        waits = waits + 1;
        long progressHead = cachedHead;
        long progressNanos = System.nanoTime();
        while (consumerAttached) {
            // sleeping (not spinning or yielding) leaves the writer the CPU on a busy machine, and waiting
            // until half the ring is free makes the I/O thread sleep once per half ring, not once per record
            LockSupport.parkNanos(WAIT_PARK_NANOS);
            long h = head.get();
            if (t - h <= mask >> 1) {
                cachedHead = h;
                return true;
            }
            long now = System.nanoTime();
            if (h != progressHead) {
                progressHead = h;
                progressNanos = now;
            } else if (now - progressNanos > STALL_NANOS) {
                stalledAtHead = h;
                return false;
            }
        }
        return false;
    }

    /** Lets the producer wait for space from now on: call when the consumer thread starts draining. */
    public void attachConsumer() {
        consumerAttached = true;
    }

    /** Stops the producer waiting (it drops when full): call before the consumer stops draining. */
    public void detachConsumer() {
        consumerAttached = false;
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
            if ((i & PROGRESS_MASK) == PROGRESS_MASK) {
                head.lazySet(h + i + 1); // a producer waiting for space need not wait for the whole batch
            }
        }
        head.lazySet(h + n); // frees the slots for the producer
        return n;
    }

    /** Records waiting. */
    public int size() {
        return (int) (tail.get() - head.get());
    }

    /** Records that found the ring full and were dropped. */
    public long droppedCount() {
        return dropped;
    }

    /** Times the producer found the ring full and waited for the consumer. */
    public long waitCount() {
        return waits;
    }
}
