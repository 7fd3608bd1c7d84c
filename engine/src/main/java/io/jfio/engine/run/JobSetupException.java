package io.jfio.engine.run;

/**
 * A job that cannot run as written: a bad or unsupported option value, a file it may not touch, a
 * layout that failed. The message is one line for the user, already naming the job, and the file, line,
 * column and option where known. Thrown while jobs are prepared, before any I/O. Immutable; any thread.
 */
public final class JobSetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JobSetupException(String message) {
        super(message, null, false, false);
    }
}
