package io.jfio.model.job;

import java.util.Objects;

/**
 * One thing wrong with a job file, for the user: {@link #toString()} is one line such as
 * {@code job.fio:12:4: bs: '0' is below the minimum 1} (warnings say {@code warning:} after the place).
 * Immutable; any thread.
 *
 * @param severity error or warning
 * @param file     the file's name as the user gave it
 * @param line     the 1-based line, or 0 when not tied to a line
 * @param column   the 1-based column, or 0 when not known
 * @param option   the option concerned as written, or {@code null}
 * @param message  what is wrong, without the place or option
 */
public record Problem(Severity severity, String file, int line, int column, String option, String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String file, int line, int column, String option, String message) {
        return new Problem(Severity.ERROR, file, line, column, option, message);
    }

    public static Problem warning(String file, int line, int column, String option, String message) {
        return new Problem(Severity.WARNING, file, line, column, option, message);
    }

    static Problem at(Severity severity, SourceLocation where, String option, String message) {
        return new Problem(severity, where.file(), where.line(), where.column(), option, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The place this problem points at. */
    public SourceLocation location() {
        return new SourceLocation(file, line, column);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(location().toString()).append(": ");
        if (severity == Severity.WARNING) {
            text.append("warning: ");
        }
        if (option != null) {
            text.append(option).append(": ");
        }
        return text.append(message).toString();
    }
}
