package io.jfio.engine.output.log;

import java.nio.charset.StandardCharsets;

/**
 * The pieces of fio's text log lines, formatted straight into a byte array: no String per line. Each method
 * writes at {@code pos} and returns the position after what it wrote; the caller makes room first.
 * Stateless; any thread.
 */
final class LogText {

    /** Longest decimal number written ({@link Long#MAX_VALUE}), in bytes. */
    static final int MAX_NUMBER_BYTES = 19;

    private static final int IOPRIO_CLASS_SHIFT = 13;
    private static final int IOPRIO_CLASS_RT = 1;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DIGIT_PAIRS = new byte[200]; // "00", "01", ... "99"

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private LogText() {
    }

    /** {@code ", "} */
    static int separator(byte[] buf, int pos) {
        buf[pos] = ',';
        buf[pos + 1] = ' ';
        return pos + 2;
    }

    /**
     * A decimal number; a negative one as 0 (log values are never negative; a clock stepping back must not
     * garble a line). Digits go right to left, two at a time from a table, in int arithmetic once the value
     * fits: the log writer spends most of its time here at a million IOPS.
     */
    static int number(byte[] buf, int pos, long value) {
        long v = Math.max(0, value);
        int end = pos + digitCount(v);
        int p = end;
        while (v > Integer.MAX_VALUE) {
            long q = v / 100;
            p = pair(buf, (int) (v - q * 100), p);
            v = q;
        }
        int i = (int) v;
        while (i >= 100) {
            int q = i / 100;
            p = pair(buf, i - q * 100, p);
            i = q;
        }
        if (i >= 10) {
            pair(buf, i, p);
        } else {
            buf[p - 1] = (byte) ('0' + i);
        }
        return end;
    }

    /** The prio column: the ioprio as {@code 0x%04x} with {@code log_prio=1}, else 1 for the real-time class, 0. */
    static int prio(byte[] buf, int pos, int ioprio, boolean logPrio) {
        if (!logPrio) {
            return number(buf, pos, (ioprio >> IOPRIO_CLASS_SHIFT) == IOPRIO_CLASS_RT ? 1 : 0);
        }
        buf[pos] = '0';
        buf[pos + 1] = 'x';
        for (int i = 0; i < 4; i++) {
            buf[pos + 2 + i] = HEX[(ioprio >> (12 - 4 * i)) & 0xf];
        }
        return pos + 6;
    }

    // writes two digits ending before p; returns the new end
    private static int pair(byte[] buf, int twoDigits, int p) {
        buf[p - 1] = DIGIT_PAIRS[2 * twoDigits + 1];
        buf[p - 2] = DIGIT_PAIRS[2 * twoDigits];
        return p - 2;
    }

    private static int digitCount(long v) {
        long limit = 10;
        for (int n = 1; n < MAX_NUMBER_BYTES; n++) {
            if (v < limit) {
                return n;
            }
            limit *= 10;
        }
        return MAX_NUMBER_BYTES;
    }
}
