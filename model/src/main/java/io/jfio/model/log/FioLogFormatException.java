package io.jfio.model.log;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A log line (or compressed record) that is not in any fio log format. The message is one line naming
 * the file and the line (or record) number. Any thread.
 */
public final class FioLogFormatException extends IOException {

    private final transient Path file;
    private final long line;

    /**
     * @param file   the log file
     * @param line   1-based line number (record number for compressed binary logs)
     * @param reason what is wrong
     */
    public FioLogFormatException(Path file, long line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    /** The log file. */
    public Path file() {
        return file;
    }

    /** The 1-based line (or record) number. */
    public long line() {
        return line;
    }
}
