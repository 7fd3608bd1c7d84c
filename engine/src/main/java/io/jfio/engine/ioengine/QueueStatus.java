package io.jfio.engine.ioengine;

/**
 * What {@link IoEngine#queue} did with a unit (fio's FIO_Q_*). Immutable; any thread.
 */
public enum QueueStatus {
    /** Done already: result and completion time are set; it will not be returned by getEvents. */
    COMPLETED,
    /** Accepted: it is handed to the kernel at the next {@link IoEngine#commit()} (or already was) and
     *  comes back through {@link IoEngine#getEvents}. */
    QUEUED,
    /** Not accepted now (e.g. a sync or trim while I/O is in flight, or a vsync unit that does not
     *  extend the queued run): commit, reap at least one completion, then queue it again. */
    BUSY
}
