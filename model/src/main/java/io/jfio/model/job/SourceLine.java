package io.jfio.model.job;

/**
 * A line of a job file or of a file it includes, with where it came from. Immutable; any thread.
 *
 * @param file     the name of the file the line is in
 * @param number   the line's 1-based number in that file
 * @param line     the line
 * @param included true when the line comes from an included file
 */
record SourceLine(String file, int number, JobLine line, boolean included) {

    SourceLocation at(int column) {
        return new SourceLocation(file, number, column);
    }
}
