package io.jfio.engine.output.log;

import java.io.IOException;
import java.io.OutputStream;

/**
 * fio's text log format: {@code time, value, ddir, bs, [offset,] prio} with ", " between columns, the prio
 * as {@code 0x%04x} with {@code log_prio=1} and as 1 (real-time class) or 0 otherwise. Numbers are formatted
 * straight into a byte buffer: no String per line. Not thread-safe: the log writer thread only.
 */
final class TextLogSink extends BufferedLogSink {

    private static final int IOPRIO_CLASS_SHIFT = 13;
    private static final int IOPRIO_CLASS_RT = 1;
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final boolean logOffset;
    private final boolean logPrio;
    private final byte[] digits = new byte[20];

    TextLogSink(OutputStream out, boolean logOffset, boolean logPrio) {
        super(out);
        this.logOffset = logOffset;
        this.logPrio = logPrio;
    }

    @Override
    public void entry(long timeMillis, long value, long maxValue, int ddir, long blockSizeBytes, long offset,
                      int ioprio) throws IOException {
        ensure(160);
        number(timeMillis);
        separator();
        number(value);
        separator();
        if (maxValue >= 0) {
            number(maxValue);
            separator();
        }
        number(ddir);
        separator();
        number(blockSizeBytes);
        separator();
        if (logOffset) {
            number(offset);
            separator();
        }
        if (logPrio) {
            hex4(ioprio);
        } else {
            number((ioprio >> IOPRIO_CLASS_SHIFT) == IOPRIO_CLASS_RT ? 1 : 0);
        }
        buf[pos++] = '\n';
    }

    @Override
    public void histogram(long timeMillis, int ddir, long blockSizeBytes, long[] bins) throws IOException {
        ensure(80);
        number(timeMillis);
        separator();
        number(ddir);
        separator();
        number(blockSizeBytes);
        for (long b : bins) {
            ensure(24);
            separator();
            number(b);
        }
        ensure(1);
        buf[pos++] = '\n';
    }

    private void separator() {
        buf[pos++] = ',';
        buf[pos++] = ' ';
    }

    private void number(long value) {
        long v = Math.max(0, value); // log values are never negative; a clock stepping back must not garble a line
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + (v % 10));
            v /= 10;
        } while (v != 0);
        while (n > 0) {
            buf[pos++] = digits[--n];
        }
    }

    private void hex4(int v) {
        buf[pos++] = '0';
        buf[pos++] = 'x';
        for (int shift = 12; shift >= 0; shift -= 4) {
            buf[pos++] = HEX[(v >> shift) & 0xf];
        }
    }
}
