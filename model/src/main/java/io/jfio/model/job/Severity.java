package io.jfio.model.job;

/** How bad a {@link Problem} is. Immutable; any thread. */
public enum Severity {
    /** The job cannot run as written. */
    ERROR,
    /** The job runs, but not quite as the text may suggest. */
    WARNING
}
