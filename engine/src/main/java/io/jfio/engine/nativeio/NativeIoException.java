package io.jfio.engine.nativeio;

import java.io.IOException;

/**
 * A failed system call, with its error number and a one-line message that names what failed and
 * why: {@code "open /x/y: Permission denied"}. Created on the failing thread; immutable.
 */
public final class NativeIoException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int errorNumber;

    public NativeIoException(String message, int errorNumber) {
        super(message);
        this.errorNumber = errorNumber;
    }

    /** "{@code what}: strerror(errno)". */
    public static NativeIoException of(String what, int errorNumber) {
        return new NativeIoException(what + ": " + Errno.message(errorNumber), errorNumber);
    }

    /** Same as {@link #of} with a hint appended: "open /x: Invalid argument (hint)". */
    public static NativeIoException withHint(String what, int errorNumber, String hint) {
        return new NativeIoException(what + ": " + Errno.message(errorNumber) + " (" + hint + ")", errorNumber);
    }

    /** The errno value, or 0 if the failure was not a system call error. */
    public int errorNumber() {
        return errorNumber;
    }
}
