package io.jfio.engine.cli;

/**
 * A command-line mistake, with a one-line message fit to print after "jfio: ". Any thread.
 */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CliException(String message) {
        super(message);
    }
}
