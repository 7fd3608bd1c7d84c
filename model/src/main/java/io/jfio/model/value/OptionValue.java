package io.jfio.model.value;

/**
 * A typed option value, as jfio reads it from a job file. Every implementation is an immutable record;
 * any thread.
 */
public interface OptionValue {
}
