package io.jfio.model.log;

/**
 * One line of a fio latency, bandwidth or IOPS log. Immutable; any thread.
 *
 * @param timeMillis     milliseconds since the job's start (or the epoch with log_unix_epoch)
 * @param value          nanoseconds for lat/clat/slat logs, KiB/s for bw logs, IOPS for iops logs;
 *                       the window average (or maximum) in windowed logs
 * @param maxValue       the window maximum of a log written with {@code log_window_value=both}, else -1
 * @param ddir           0 read, 1 write, 2 trim
 * @param blockSizeBytes the I/O's size; 0 in windowed logs
 * @param offset         the I/O's byte offset with {@code log_offset=1}, else -1
 * @param prio           the priority column: with {@code log_prio=1} fio's ioprio value (class &lt;&lt; 13 | level,
 *                       written in hex), else 0 or 1 (high priority); -1 in fio 2.x logs, which lack it
 */
public record LogEntry(long timeMillis, long value, long maxValue, int ddir, long blockSizeBytes, long offset,
                       int prio) {

    /** True if the log carried offsets ({@code log_offset=1}). */
    public boolean hasOffset() {
        return offset >= 0;
    }

    /** True if the line had a priority column (fio 3.x). */
    public boolean hasPrio() {
        return prio >= 0;
    }

    /** True if the line carried a window maximum next to the average ({@code log_window_value=both}). */
    public boolean hasMaxValue() {
        return maxValue >= 0;
    }
}
