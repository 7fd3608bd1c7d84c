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
    private static final byte[] DIGIT_PAIRS = new byte[200]; // "00", "01", ... "99"

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private final boolean logOffset;
    private final boolean logPrio;

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

    // Digits are written right to left straight into the buffer, two at a time from a table, in int
    // arithmetic once the value fits: the writer thread spends most of its time here at a million IOPS.
    private void number(long value) {
        long v = Math.max(0, value); // log values are never negative; a clock stepping back must not garble a line
        int p = pos + digitCount(v);
        pos = p;
        while (v > Integer.MAX_VALUE) {
            long q = v / 100;
            p = pair((int) (v - q * 100), p);
            v = q;
        }
        int i = (int) v;
        while (i >= 100) {
            int q = i / 100;
            p = pair(i - q * 100, p);
            i = q;
        }
        if (i >= 10) {
            pair(i, p);
        } else {
            buf[p - 1] = (byte) ('0' + i);
        }
    }

    // writes two digits ending before p; returns the new end
    private int pair(int twoDigits, int p) {
        buf[p - 1] = DIGIT_PAIRS[2 * twoDigits + 1];
        buf[p - 2] = DIGIT_PAIRS[2 * twoDigits];
        return p - 2;
    }

    private static int digitCount(long v) {
        long limit = 10;
        for (int n = 1; n < 19; n++) {
            if (v < limit) {
                return n;
            }
            limit *= 10;
        }
        return 19;
    }

    private void hex4(int v) {
        buf[pos++] = '0';
        buf[pos++] = 'x';
        for (int shift = 12; shift >= 0; shift -= 4) {
            buf[pos++] = HEX[(v >> shift) & 0xf];
        }
    }
}
