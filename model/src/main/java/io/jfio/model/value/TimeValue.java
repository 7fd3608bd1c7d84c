package io.jfio.model.value;

/**
 * A duration (runtime=30s, thinktime=500us). Immutable; any thread.
 *
 * @param nanos the duration in nanoseconds
 */
public record TimeValue(long nanos) implements OptionValue {

    public TimeValue {
        if (nanos < 0) {
            throw new IllegalArgumentException("negative duration " + nanos);
        }
    }

    /** The duration in whole microseconds (fio's internal unit for most times). */
    public long micros() {
        return nanos / 1_000L;
    }

    /** The duration in whole milliseconds. */
    public long millis() {
        return nanos / 1_000_000L;
    }

    /** The duration in whole seconds. */
    public long seconds() {
        return nanos / 1_000_000_000L;
    }
}
