package io.jfio.model.job;

/**
 * A line whose first non-blank character is ';' or '#'. Immutable; any thread.
 *
 * @param text   the line without its terminator
 * @param ending its terminator
 */
public record CommentLine(String text, LineEnding ending) implements JobLine {

    @Override
    public CommentLine withEnding(LineEnding newEnding) {
        return new CommentLine(text, newEnding);
    }
}
