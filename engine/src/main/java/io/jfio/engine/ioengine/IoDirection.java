package io.jfio.engine.ioengine;

/** What an {@link IoUnit} does (fio's ddir). Immutable; any thread. */
public enum IoDirection {
    READ,
    WRITE,
    /** Discard the range: BLKDISCARD on a block device, a punched hole in a regular file. */
    TRIM,
    /** fsync(2) of the unit's file; offset and length are ignored. */
    SYNC,
    /** fdatasync(2) of the unit's file; offset and length are ignored. */
    DATASYNC;

    /** READ or WRITE: moves data through the unit's buffer. */
    public boolean isData() {
        return this == READ || this == WRITE;
    }
}
