package io.jfio.model.job;

/**
 * How one line of a job file ends. Immutable; any thread.
 */
public enum LineEnding {
    /** Unix newline. */
    LF("\n"),
    /** Windows CR LF. */
    CRLF("\r\n"),
    /** The last line of a file that does not end in a newline. */
    NONE("");

    private final String terminator;

    LineEnding(String terminator) {
        this.terminator = terminator;
    }

    /** The characters that end the line. */
    public String terminator() {
        return terminator;
    }
}
