package io.jfio.model.value;

/**
 * A value that does not parse. The message is one line for the user that says what was written, what
 * was expected and, for numbers, the allowed range; it never names the option (the caller adds file,
 * line, column and option). Immutable; any thread.
 */
public final class ValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ValueException(String message) {
        super(message, null, false, false);
    }
}
