package io.jfio.model.job;

/**
 * An empty line or one of blanks only. Immutable; any thread.
 *
 * @param text   the line without its terminator
 * @param ending its terminator
 */
public record BlankLine(String text, LineEnding ending) implements JobLine {

    @Override
    public BlankLine withEnding(LineEnding newEnding) {
        return new BlankLine(text, newEnding);
    }
}
