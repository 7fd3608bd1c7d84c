package io.jfio.model.job;

/**
 * One line of a job file exactly as written (text without its terminator, plus the terminator), with
 * what fio makes of it. Implementations are immutable records; any thread.
 *
 * <p>fio's rules (init.c, fio 3.33): a line whose first non-blank character is ';' or '#' is a comment;
 * on any other line everything from the first ';' or '#' on is a comment too, so a value cannot contain
 * either; blanks around the line are ignored.
 */
public sealed interface JobLine
        permits BlankLine, CommentLine, SectionLine, OptionLine, IncludeLine, UnrecognisedLine {

    /** The line's characters without its terminator. */
    String text();

    /** How the line ends. */
    LineEnding ending();

    /** The same line with another terminator. */
    JobLine withEnding(LineEnding ending);

    /** The line's characters with its terminator, as they appear in the file. */
    default String fullText() {
        return text() + ending().terminator();
    }

    /** Classifies {@code text} (which must not contain a newline) as fio would read it. */
    static JobLine of(String text, LineEnding ending) {
        return LineClassifier.classify(text, ending);
    }
}
