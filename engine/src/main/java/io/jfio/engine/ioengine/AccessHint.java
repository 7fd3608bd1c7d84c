package io.jfio.engine.ioengine;

/**
 * The access pattern announced to the kernel when a file is opened (fio's {@code fadvise_hint}):
 * posix_fadvise for descriptors, madvise for the mmap engine's mapping. Immutable; any thread.
 */
public enum AccessHint {
    /** No advice. */
    NONE,
    /** POSIX_FADV_SEQUENTIAL / MADV_SEQUENTIAL: more read-ahead. */
    SEQUENTIAL,
    /** POSIX_FADV_RANDOM / MADV_RANDOM: no read-ahead. */
    RANDOM
}
