package io.jfio.model.value;

import java.util.List;
import java.util.Objects;

/**
 * A typed value with the notes its parsing produced: places where fio 3.33 would read the same text
 * differently, or ignores part of it. Immutable; any thread.
 *
 * @param value    the typed value jfio uses
 * @param warnings one-line notes for the user, without the option name
 */
public record ParsedValue(OptionValue value, List<String> warnings) {

    public ParsedValue {
        Objects.requireNonNull(value, "value");
        warnings = List.copyOf(warnings);
    }
}
