package io.jfio.model.job;

/**
 * A line fio cannot read (a section header without ']', an '=' with no option name before it). Kept
 * so the file still round-trips; validation reports it. Immutable; any thread.
 *
 * @param text   the line without its terminator
 * @param ending its terminator
 * @param reason why it is not understood, one line for the user
 * @param column the 1-based column the reason points at
 */
public record UnrecognisedLine(String text, LineEnding ending, String reason, int column) implements JobLine {

    @Override
    public UnrecognisedLine withEnding(LineEnding newEnding) {
        return new UnrecognisedLine(text, newEnding, reason, column);
    }
}
