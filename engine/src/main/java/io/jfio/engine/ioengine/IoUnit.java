package io.jfio.engine.ioengine;

/**
 * One I/O slot (fio's io_u): created once per queue slot by {@link IoUnitSet} with its own aligned
 * buffer, then reused for every I/O, so the hot path allocates nothing.
 *
 * <p>Life of one I/O: the job runner {@link #prepare}s the unit and stamps {@link #setStartNanos};
 * the engine stamps the issue time when it hands the I/O to the kernel and, on completion, the
 * completion time and the result. From the three stamps: slat = issue - start, clat = completion -
 * issue, lat = completion - start (all {@link System#nanoTime()}). Async engines stamp one time for a
 * whole submitted or reaped batch, as fio does.
 *
 * <p>Confined to the worker thread that owns its engine (the engine writes the results on that
 * thread while reaping).
 */
public final class IoUnit {

    private final int index;
    private final long bufferAddress;
    private final int bufferCapacityBytes;

    private IoDirection direction = IoDirection.READ;
    private IoFile file;
    private long offsetBytes;
    private int lengthBytes;
    private int bufferOffsetBytes;
    private long startNanos;
    private long issueNanos;
    private long completionNanos;
    private long resultBytes;
    private int errorNumber;

    IoUnit(int index, long bufferAddress, int bufferCapacityBytes) {
        this.index = index;
        this.bufferAddress = bufferAddress;
        this.bufferCapacityBytes = bufferCapacityBytes;
    }

    /** Sets up the next I/O, transferring at the start of the buffer. */
    public void prepare(IoDirection direction, IoFile file, long offsetBytes, int lengthBytes) {
        prepare(direction, file, offsetBytes, lengthBytes, 0);
    }

    /**
     * Sets up the next I/O with its data at {@code bufferOffsetBytes} into the buffer (to resubmit
     * the rest of a short transfer), and clears the previous result and stamps. READ and WRITE must
     * fit the buffer; TRIM's length is the range to discard and SYNC/DATASYNC ignore it.
     */
    public void prepare(IoDirection direction, IoFile file, long offsetBytes, int lengthBytes, int bufferOffsetBytes) {
        if (lengthBytes < 0 || bufferOffsetBytes < 0
                || (direction.isData() && lengthBytes > bufferCapacityBytes - bufferOffsetBytes)) {
            throw new IllegalArgumentException("I/O of " + lengthBytes + " bytes at buffer offset "
                    + bufferOffsetBytes + " does not fit a " + bufferCapacityBytes + "-byte buffer");
        }
        this.direction = direction;
        this.file = file;
        this.offsetBytes = offsetBytes;
        this.lengthBytes = lengthBytes;
        this.bufferOffsetBytes = bufferOffsetBytes;
        this.startNanos = 0;
        this.issueNanos = 0;
        this.completionNanos = 0;
        this.resultBytes = 0;
        this.errorNumber = 0;
    }

    /** When the job runner started this I/O (before queue). */
    public void setStartNanos(long nanos) {
        this.startNanos = nanos;
    }

    /** Engine side: handed to the kernel at {@code nanos}. */
    void issued(long nanos) {
        this.issueNanos = nanos;
    }

    /** Engine side: finished at {@code nanos} with {@code result} bytes, or -errno if negative. */
    void completed(long result, long nanos) {
        if (result < 0) {
            this.resultBytes = -1;
            this.errorNumber = (int) -result;
        } else {
            this.resultBytes = result;
            this.errorNumber = 0;
        }
        this.completionNanos = nanos;
    }

    /** Position in its {@link IoUnitSet}; also the registered-buffer index and the kernel's user data. */
    public int index() {
        return index;
    }

    /** Start of this unit's buffer (aligned as the set was allocated). */
    public long bufferAddress() {
        return bufferAddress;
    }

    public int bufferCapacityBytes() {
        return bufferCapacityBytes;
    }

    /** Where this I/O's data is: buffer start plus the buffer offset given to {@link #prepare}. */
    public long dataAddress() {
        return bufferAddress + bufferOffsetBytes;
    }

    public int bufferOffsetBytes() {
        return bufferOffsetBytes;
    }

    public IoDirection direction() {
        return direction;
    }

    public IoFile file() {
        return file;
    }

    public long offsetBytes() {
        return offsetBytes;
    }

    public int lengthBytes() {
        return lengthBytes;
    }

    public long startNanos() {
        return startNanos;
    }

    public long issueNanos() {
        return issueNanos;
    }

    public long completionNanos() {
        return completionNanos;
    }

    /**
     * Bytes transferred (READ/WRITE; TRIM reports its length, SYNC/DATASYNC 0), or -1 on error
     * (see {@link #errorNumber()}).
     */
    public long resultBytes() {
        return resultBytes;
    }

    /** errno of a failed I/O, 0 if it succeeded. */
    public int errorNumber() {
        return errorNumber;
    }

    public boolean failed() {
        return errorNumber != 0;
    }

    /** Bytes a successful READ/WRITE did not transfer (a short read at end of file); 0 otherwise. */
    public long residualBytes() {
        return direction.isData() && resultBytes >= 0 ? lengthBytes - resultBytes : 0;
    }

    @Override
    public String toString() {
        return "IoUnit[" + index + " " + direction + " " + (file == null ? "-" : file.path()) + " @" + offsetBytes
                + "+" + lengthBytes + " result=" + resultBytes + " errno=" + errorNumber + "]";
    }
}
