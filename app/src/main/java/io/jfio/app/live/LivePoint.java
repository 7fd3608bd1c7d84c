package io.jfio.app.live;

/**
 * One point of a live series. Immutable; any thread.
 *
 * @param seconds seconds since the job's start (the window's end)
 * @param value   the value in the series' unit (IOPS, KiB/s, nanoseconds)
 */
public record LivePoint(double seconds, double value) {
}
