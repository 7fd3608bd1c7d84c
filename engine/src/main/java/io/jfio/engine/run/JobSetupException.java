package io.jfio.engine.run;

/**
 * A job that cannot run as written: a bad or unsupported option value, a file it may not touch, a
 * layout that failed. The message is one line for the user, already naming the job, and the file, line,
 * column and option where known. Thrown while jobs are prepared, before any I/O. Immutable; any thread.
 */
public final class JobSetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int errorNumber;

    public JobSetupException(String message) {
        this(message, 0);
    }

    /** A failure caused by a system call that set {@code errorNumber} (ENOSPC while laying out a file). */
    public JobSetupException(String message, int errorNumber) {
        super(message, null, false, false);
        this.errorNumber = errorNumber;
    }

    /** The errno behind the failure, or 0. */
    public int errorNumber() {
        return errorNumber;
    }
}
