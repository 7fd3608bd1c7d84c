package io.jfio.engine.stats;

import io.jfio.model.result.Direction;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A job's running byte and I/O counts per direction, elbencho style: the I/O thread bumps them with
 * ordered stores (no atomic read-modify-write: it is the only writer), any other thread reads a
 * {@link CounterSnapshot} and subtracts an earlier one to get rates. Unlike {@link JobTotals} they move with
 * every I/O, ramp_time included: they are for progress, ETA and live rates, not for the report.
 * <p>
 * Threading: {@link #add} from the job's I/O thread only; {@link #snapshot}, {@link #bytes}, {@link #ios}
 * from any thread.
 */
public final class JobCounters {

    private static final int DIRECTIONS = Direction.values().length;

    private final AtomicLongArray bytes = new AtomicLongArray(DIRECTIONS);
    private final AtomicLongArray ios = new AtomicLongArray(DIRECTIONS);

    /** I/O thread: one completed I/O. Allocation-free. */
    public void add(Direction direction, long bytesDone) {
        int i = direction.ordinal();
        bytes.lazySet(i, bytes.get(i) + bytesDone);
        ios.lazySet(i, ios.get(i) + 1);
    }

    /** Bytes completed in {@code direction} so far. */
    public long bytes(Direction direction) {
        return bytes.get(direction.ordinal());
    }

    /** I/Os completed in {@code direction} so far. */
    public long ios(Direction direction) {
        return ios.get(direction.ordinal());
    }

    /** The counts now, stamped with {@code nowNanos}. */
    public CounterSnapshot snapshot(long nowNanos) {
        long[] b = new long[DIRECTIONS];
        long[] n = new long[DIRECTIONS];
        for (int i = 0; i < DIRECTIONS; i++) {
            b[i] = bytes.get(i);
            n[i] = ios.get(i);
        }
        return new CounterSnapshot(nowNanos, b, n);
    }
}
