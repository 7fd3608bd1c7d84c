package io.jfio.model.option;

/**
 * What jfio does with an option fio knows. Immutable; any thread.
 */
public enum OptionStatus {
    /** jfio parses, validates and honours the option. */
    IMPLEMENTED,
    /** Known to fio, not yet to jfio's engine: a job that sets it fails with a message naming it. */
    NOT_IMPLEMENTED,
    /** Only changes fio's own internals (or has no meaning for jfio): accepted with a warning, no effect. */
    IGNORED
}
