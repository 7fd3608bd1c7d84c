package io.jfio.model.value;

/**
 * A plain integer option value (iodepth=16, numjobs=4, nice=-5). Immutable; any thread.
 *
 * @param value the number, after any k/m/g multiplier
 */
public record IntegerValue(long value) implements OptionValue {
}
