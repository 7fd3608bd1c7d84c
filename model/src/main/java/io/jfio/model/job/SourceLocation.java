package io.jfio.model.job;

import java.util.Objects;

/**
 * A place in a job file. Immutable; any thread.
 *
 * @param file   the file's name as problems show it
 * @param line   the 1-based line, or 0 when the whole file is meant
 * @param column the 1-based column, or 0 when the whole line is meant
 */
public record SourceLocation(String file, int line, int column) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
