package io.jfio.model.job;

/**
 * An {@code include FILE} directive. Immutable; any thread.
 *
 * @param text       the line without its terminator
 * @param ending     its terminator
 * @param path       the file named, as written (empty when missing, which validation reports)
 * @param pathColumn the 1-based column of the path (of the directive when the path is missing)
 */
public record IncludeLine(String text, LineEnding ending, String path, int pathColumn) implements JobLine {

    @Override
    public IncludeLine withEnding(LineEnding newEnding) {
        return new IncludeLine(text, newEnding, path, pathColumn);
    }
}
