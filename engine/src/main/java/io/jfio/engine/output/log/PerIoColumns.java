package io.jfio.engine.output.log;

/**
 * One per-I/O record's columns other than the value, which its lat, clat, bw and iops lines share: set once
 * per record and, for text logs, formatted once ({@code "time, "} and {@code ", ddir, bs, [offset, ]prio\n"})
 * then copied into each line, so a job with four per-I/O logs formats them once, not four times.
 * Not thread-safe: the log writer thread only.
 */
final class PerIoColumns {

    private static final int HEAD_BYTES = LogText.MAX_NUMBER_BYTES + 2;
    private static final int TAIL_BYTES = 4 * (LogText.MAX_NUMBER_BYTES + 2) + 1;

    private final boolean logOffset;
    private final boolean logPrio;
    private final byte[] head = new byte[HEAD_BYTES];
    private final byte[] tail = new byte[TAIL_BYTES];
    private int headLength;
    private int tailLength;
    private boolean formatted;
    private long timeMillis;
    private int ddir;
    private long blockSizeBytes;
    private long offset;
    private int ioprio;

    PerIoColumns(boolean logOffset, boolean logPrio) {
        this.logOffset = logOffset;
        this.logPrio = logPrio;
    }

    /** The next record's columns. */
    void set(long timeMillis, int ddir, long blockSizeBytes, long offset, int ioprio) {
        this.timeMillis = timeMillis;
        this.ddir = ddir;
        this.blockSizeBytes = blockSizeBytes;
        this.offset = offset;
        this.ioprio = ioprio;
        this.formatted = false;
    }

    long timeMillis() {
        return timeMillis;
    }

    int ddir() {
        return ddir;
    }

    long blockSizeBytes() {
        return blockSizeBytes;
    }

    long offset() {
        return offset;
    }

    int ioprio() {
        return ioprio;
    }

    /** Bytes {@link #writeLine} may write. */
    static int maxLineBytes() {
        return HEAD_BYTES + 2 * (LogText.MAX_NUMBER_BYTES + 2) + TAIL_BYTES;
    }

    /**
     * Writes the text line {@code time, value, [maxValue, ]ddir, bs, [offset, ]prio\n} at {@code pos}; returns
     * the end.
     *
     * @param maxValue a second value column when non-negative ({@code log_window_value=both})
     */
    int writeLine(byte[] buf, int pos, long value, long maxValue) {
        if (!formatted) {
            format();
        }
        System.arraycopy(head, 0, buf, pos, headLength);
        int p = LogText.number(buf, pos + headLength, value);
        if (maxValue >= 0) {
            p = LogText.number(buf, LogText.separator(buf, p), maxValue);
        }
        System.arraycopy(tail, 0, buf, p, tailLength);
        return p + tailLength;
    }

    private void format() {
        headLength = LogText.separator(head, LogText.number(head, 0, timeMillis));
        int p = LogText.separator(tail, 0);
        p = LogText.separator(tail, LogText.number(tail, p, ddir));
        p = LogText.separator(tail, LogText.number(tail, p, blockSizeBytes));
        if (logOffset) {
            p = LogText.separator(tail, LogText.number(tail, p, offset));
        }
        p = LogText.prio(tail, p, ioprio, logPrio);
        tail[p] = '\n';
        tailLength = p + 1;
        formatted = true;
    }
}
