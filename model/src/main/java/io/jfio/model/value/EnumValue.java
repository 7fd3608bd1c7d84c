package io.jfio.model.value;

import java.util.Objects;

/**
 * One of an option's allowed values, with fio's optional {@code :modifier} kept as text
 * (ioengine=external:/path/engine.so, numa_mem_policy=bind:0). Immutable; any thread.
 *
 * @param value    the chosen value, exactly as fio matched it
 * @param modifier the text after the first ':' or {@code null} when there is none
 */
public record EnumValue(String value, String modifier) implements OptionValue {

    public EnumValue {
        Objects.requireNonNull(value, "value");
    }
}
