package io.jfio.model.value;

/**
 * A quantity of data (bs=4k, size=1g). Immutable; any thread.
 *
 * @param bytes the size in bytes, after the unit prefix was applied with the job's kb_base
 */
public record SizeValue(long bytes) implements OptionValue {

    public SizeValue {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative size " + bytes);
        }
    }
}
