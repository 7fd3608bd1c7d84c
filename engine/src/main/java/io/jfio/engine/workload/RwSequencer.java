package io.jfio.engine.workload;

/**
 * {@code rw_sequencer}: what the {@code :N} of a random rw value does between new random offsets.
 * Immutable; any thread.
 */
public enum RwSequencer {
    /** The N - 1 I/Os after a random offset continue sequentially from it (fio's default). */
    SEQUENTIAL,
    /** The same offset is issued N times before a new one is drawn. */
    IDENTICAL
}
