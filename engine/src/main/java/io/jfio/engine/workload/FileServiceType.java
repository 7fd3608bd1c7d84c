package io.jfio.engine.workload;

/**
 * {@code file_service_type} for jobs with several files: which file the next I/O goes to. The switch count
 * (fio's {@code :N}, default 1) is given separately. Immutable; any thread.
 */
public enum FileServiceType {
    /** Cycle through the files, switching after every N I/Os (fio's default). */
    ROUNDROBIN,
    /** Finish one file's region before moving on to the next. */
    SEQUENTIAL,
    /** A uniformly random file, re-chosen after every N I/Os. */
    RANDOM
}
