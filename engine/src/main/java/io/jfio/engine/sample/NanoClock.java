package io.jfio.engine.sample;

/**
 * A monotonic nanosecond clock, so tests can drive samplers and tickers with a fake one. Any thread.
 */
@FunctionalInterface
public interface NanoClock {

    /** The system's monotonic clock. */
    NanoClock SYSTEM = System::nanoTime;

    /** Monotonic nanoseconds, comparable only with other readings of the same clock. */
    long nanoTime();
}
