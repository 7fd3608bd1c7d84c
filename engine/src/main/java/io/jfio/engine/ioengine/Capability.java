package io.jfio.engine.ioengine;

/**
 * What an engine can do, as its entry in {@link IoEngines} declares it (fio's FIO_* engine flags).
 * Immutable; any thread.
 */
public enum Capability {
    /** Every I/O completes inside {@link IoEngine#queue}: iodepth above 1 buys nothing (fio caps it at 1 with a note). */
    SYNCHRONOUS,
    /** Keeps several I/Os in flight: {@code queue} returns QUEUED and completions come from getEvents. */
    ASYNCHRONOUS,
    /** Touches no file: files are not created, laid out or opened (fio's diskless engines). */
    DISKLESS,
    /** Honours direct=1 (O_DIRECT): buffers, offsets and lengths must then be aligned to the device's logical block. */
    DIRECT_IO,
    /** Accepts {@link IoDirection#SYNC} and {@link IoDirection#DATASYNC} units (fsync=N, fdatasync=N). */
    FSYNC,
    /** Accepts {@link IoDirection#TRIM} units. */
    TRIM,
    /** Has a polled-completion mode ({@code hipri}). */
    HIPRI,
    /**
     * fio's FIO_SYNCIO on an engine that still queues (vsync): its system call moves the data, so it has no
     * submission latency (no slat) and an I/O is issued when queued, as fio stamps it.
     */
    SYNC_IO
}
