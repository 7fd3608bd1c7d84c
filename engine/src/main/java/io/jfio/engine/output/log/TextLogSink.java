package io.jfio.engine.output.log;

import java.io.IOException;
import java.io.OutputStream;

/**
 * fio's text log format: {@code time, value, ddir, bs, [offset,] prio} with ", " between columns, the prio
 * as {@code 0x%04x} with {@code log_prio=1} and as 1 (real-time class) or 0 otherwise (see {@link LogText}).
 * Not thread-safe: the log writer thread only.
 */
final class TextLogSink extends BufferedLogSink {

    // the columns of a line written with entry(time, value, ...), formatted as a per-I/O record's are
    private final PerIoColumns scratch;

    TextLogSink(OutputStream out, boolean logOffset, boolean logPrio) {
        super(out);
        this.scratch = new PerIoColumns(logOffset, logPrio);
    }

    @Override
    public void entry(long timeMillis, long value, long maxValue, int ddir, long blockSizeBytes, long offset,
                      int ioprio) throws IOException {
        scratch.set(timeMillis, ddir, blockSizeBytes, offset, ioprio);
        entry(scratch, value, maxValue);
    }

    @Override
    public void entry(PerIoColumns columns, long value) throws IOException {
        entry(columns, value, -1);
    }

    private void entry(PerIoColumns columns, long value, long maxValue) throws IOException {
        ensure(PerIoColumns.maxLineBytes());
        pos = columns.writeLine(buf, pos, value, maxValue);
    }

    @Override
    public void histogram(long timeMillis, int ddir, long blockSizeBytes, long[] bins) throws IOException {
        ensure(80);
        pos = LogText.separator(buf, LogText.number(buf, pos, timeMillis));
        pos = LogText.separator(buf, LogText.number(buf, pos, ddir));
        pos = LogText.number(buf, pos, blockSizeBytes);
        for (long b : bins) {
            ensure(24);
            pos = LogText.number(buf, LogText.separator(buf, pos), b);
        }
        ensure(1);
        buf[pos++] = '\n';
    }
}
