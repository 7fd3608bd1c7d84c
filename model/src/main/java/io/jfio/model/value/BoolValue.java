package io.jfio.model.value;

/**
 * A boolean or flag option value (direct=1, a bare time_based). Immutable; any thread.
 *
 * @param value true when set
 */
public record BoolValue(boolean value) implements OptionValue {
}
