package io.jfio.app.editor;

/**
 * A request to put the text view's caret at a place (from the problems list). The serial number makes two
 * requests for the same place different values, so a property carrying them fires both times.
 * Immutable; any thread.
 *
 * @param line   1-based line
 * @param column 1-based column (0: the start of the line)
 * @param serial a number unique to this request
 */
public record JumpRequest(int line, int column, long serial) {
}
