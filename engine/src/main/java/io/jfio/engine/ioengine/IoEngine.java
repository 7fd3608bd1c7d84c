package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.Errno;
import io.jfio.engine.nativeio.NativeIoException;

import java.util.Set;

/**
 * An I/O engine, modelled on fio's {@code ioengine_ops}: open a file, queue an I/O, commit queued
 * I/Os, reap completions, get each completed unit, close. Created by {@link IoEngines#create} for one
 * {@link IoUnitSet}, fully initialised (rings, contexts, registered buffers) when created.
 *
 * <p>The job runner's loop, for any engine:
 * <pre>
 *   unit.prepare(...); unit.setStartNanos(now);
 *   switch (engine.queue(unit)) {
 *     case COMPLETED -> account(unit);                 // synchronous engines, sync/trim units
 *     case QUEUED    -> if (++queued >= batchSubmit) { engine.commit(); queued = 0; }
 *     case BUSY      -> { engine.commit(); reap at least one; queue(unit) again; }
 *   }
 *   when no unit is free (or iodepth_batch_complete says so):
 *     int n = engine.getEvents(min, max);
 *     for (int i = 0; i &lt; n; i++) account(engine.event(i));
 * </pre>
 * Errors of one I/O land in the unit ({@link IoUnit#errorNumber()}); exceptions are reserved for
 * failures of the engine itself. Success paths allocate nothing.
 *
 * <p>Not thread-safe: create, use and close an engine on the one worker thread that owns it.
 */
public interface IoEngine extends AutoCloseable {

    /** The name in {@link IoEngines} ("psync", "io_uring"...). */
    String name();

    /** This engine's capabilities, as its table entry declares them. */
    default Set<Capability> capabilities() {
        return IoEngines.require(name()).capabilities();
    }

    /** Opens a target for this engine (open, fstat, fadvise, plus any engine registration). */
    default IoFile openFile(FileOpenSpec spec) throws NativeIoException {
        return IoFile.open(spec);
    }

    /** Closes a file opened by {@link #openFile}; no I/O on it may be in flight. */
    default void closeFile(IoFile file) throws NativeIoException {
        file.closeDescriptor();
    }

    /**
     * Queues one prepared unit. A COMPLETED unit has its result set; a QUEUED one belongs to the
     * engine until {@link #event} returns it; a BUSY one was not taken.
     */
    QueueStatus queue(IoUnit unit);

    /**
     * Hands queued units to the kernel in as few system calls as the engine allows and stamps their
     * issue time. Returns how many left the queue (0 if none were queued, or the kernel pushed back
     * and completions must be reaped first).
     */
    int commit() throws NativeIoException;

    /**
     * Reaps completions: waits until at least {@code minEvents} are available (clamped to the number
     * outstanding, so it never waits for I/O that was not queued) and takes at most
     * {@code maxEvents}. Returns the count; units are then read with {@link #event}, valid until
     * the next call.
     */
    int getEvents(int minEvents, int maxEvents) throws NativeIoException;

    /** The {@code index}-th unit reaped by the last {@link #getEvents}. */
    IoUnit event(int index);

    /** Units queued or in flight and not yet returned by {@link #event}. */
    int outstanding();

    /** A one-line explanation of a unit's error ("Operation not supported (hint)"). */
    default String describeError(IoUnit unit) {
        return Errno.message(unit.errorNumber());
    }

    /**
     * Waits for every outstanding I/O (the kernel must not write into buffers that are freed next),
     * then releases the engine's native resources. Files are closed separately. Idempotent.
     */
    @Override
    void close();
}
