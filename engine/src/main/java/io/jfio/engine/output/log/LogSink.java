package io.jfio.engine.output.log;

import java.io.IOException;

/**
 * Where one log file's entries go, in fio's text format or fio's compressed binary format.
 * Not thread-safe: the log writer thread only.
 */
interface LogSink {

    /**
     * One line of a latency, bandwidth or IOPS log.
     *
     * @param maxValue written as a second value column when non-negative ({@code log_window_value=both})
     * @param offset   written when the log has offsets
     * @param ioprio   the ioprio value (class &lt;&lt; 13 | level)
     */
    void entry(long timeMillis, long value, long maxValue, int ddir, long blockSizeBytes, long offset, int ioprio)
            throws IOException;

    /** One line of a per-I/O log: {@code value} with the record's other columns. */
    default void entry(PerIoColumns columns, long value) throws IOException {
        entry(columns.timeMillis(), value, -1, columns.ddir(), columns.blockSizeBytes(), columns.offset(),
                columns.ioprio());
    }

    /** One line of a histogram log. */
    void histogram(long timeMillis, int ddir, long blockSizeBytes, long[] bins) throws IOException;

    /** Writes buffered bytes to the file (and keeps it open). */
    void flush() throws IOException;

    /** Flushes, finishes compression, closes. Idempotent. */
    void close() throws IOException;
}
