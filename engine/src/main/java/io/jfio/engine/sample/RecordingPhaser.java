package io.jfio.engine.sample;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Lets one writer thread record into a buffer while another thread swaps the buffer out, at the cost of
 * one fenced store per record (HdrHistogram's {@code WriterReaderPhaser} takes two atomic increments because
 * it allows many writers). The writer brackets each record with {@link #enter} / {@link #exit}; after
 * publishing a new buffer, a swapper calls {@link #awaitWriterOutside} and may then use the old one.
 * <p>
 * Why it is safe: {@code enter} is a volatile store made before the writer reads the buffer reference, and
 * the swapper writes the reference (volatile) before reading the sequence. In the total order of volatile
 * accesses, either the writer's enter comes first and the swapper sees an odd sequence and waits for it to
 * change, or the writer reads the new reference.
 * <p>
 * Threading: {@link #enter} and {@link #exit} from the single writer thread only; {@link #awaitWriterOutside}
 * from one swapper at a time (the writer itself may swap: it is then outside, and nothing waits).
 */
final class RecordingPhaser {

    private static final VarHandle SEQUENCE;

    static {
        try {
            SEQUENCE = MethodHandles.lookup().findVarHandle(RecordingPhaser.class, "sequence", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // accessed through SEQUENCE
    private volatile long sequence; // odd while the writer records

    /** Writer: about to read the buffer reference and record. */
    void enter() {
        SEQUENCE.setVolatile(this, (long) SEQUENCE.getOpaque(this) + 1);
    }

    /** Writer: done with the buffer. */
    void exit() {
        SEQUENCE.setRelease(this, (long) SEQUENCE.getOpaque(this) + 1);
    }

    /** Swapper, after publishing a new buffer: waits until no record can still be using the old one. */
    void awaitWriterOutside() {
        long s = (long) SEQUENCE.getVolatile(this);
        if ((s & 1) == 0) {
            return;
        }
        while ((long) SEQUENCE.getVolatile(this) == s) {
            Thread.onSpinWait();
        }
    }
}
