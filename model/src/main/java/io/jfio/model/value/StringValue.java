package io.jfio.model.value;

import java.util.Objects;

/**
 * Free text stored as given (description, directory, log prefixes). Immutable; any thread.
 *
 * @param value the text after environment and keyword substitution
 */
public record StringValue(String value) implements OptionValue {

    public StringValue {
        Objects.requireNonNull(value, "value");
    }
}
