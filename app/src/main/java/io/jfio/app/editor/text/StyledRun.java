package io.jfio.app.editor.text;

import java.util.List;

/**
 * A run of characters and the style classes they get in the text view. Immutable; any thread.
 *
 * @param length  how many characters
 * @param classes the CSS style classes (empty for plain text)
 */
public record StyledRun(int length, List<String> classes) {

    public StyledRun {
        classes = List.copyOf(classes);
    }
}
