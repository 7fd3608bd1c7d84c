package io.jfio.engine.stats;

import io.jfio.model.result.Direction;
import io.jfio.model.result.Rates;

/**
 * A job's byte and I/O counts at one moment; subtract an earlier snapshot for rates. Immutable; any thread.
 */
public final class CounterSnapshot {

    private final long timeNanos;
    private final long[] bytes;
    private final long[] ios;

    CounterSnapshot(long timeNanos, long[] bytes, long[] ios) {
        this.timeNanos = timeNanos;
        this.bytes = bytes;
        this.ios = ios;
    }

    /**
     * A snapshot of the given counts, indexed by {@link Direction#ordinal()} (read, write, trim).
     *
     * @param timeNanos when the counts were read (a clock reading)
     */
    public static CounterSnapshot of(long timeNanos, long[] bytes, long[] ios) {
        int directions = Direction.values().length;
        if (bytes.length != directions || ios.length != directions) {
            throw new IllegalArgumentException("need one count per direction (" + directions + ")");
        }
        return new CounterSnapshot(timeNanos, bytes.clone(), ios.clone());
    }

    /** When it was taken (a clock reading). */
    public long timeNanos() {
        return timeNanos;
    }

    /** Bytes completed in {@code direction}. */
    public long bytes(Direction direction) {
        return bytes[direction.ordinal()];
    }

    /** I/Os completed in {@code direction}. */
    public long ios(Direction direction) {
        return ios[direction.ordinal()];
    }

    /** Bytes per second in {@code direction} between {@code earlier} and this snapshot. */
    public double bytesPerSecondSince(CounterSnapshot earlier, Direction direction) {
        return Rates.perSecond(bytes(direction) - earlier.bytes(direction), timeNanos - earlier.timeNanos);
    }

    /** IOPS in {@code direction} between {@code earlier} and this snapshot. */
    public double iopsSince(CounterSnapshot earlier, Direction direction) {
        return Rates.perSecond(ios(direction) - earlier.ios(direction), timeNanos - earlier.timeNanos);
    }
}
