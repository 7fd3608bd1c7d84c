package io.jfio.model.option;

/**
 * One value an ENUM option accepts, with fio's one-line description. Immutable; any thread.
 *
 * @param value the value as written in a job file (e.g. {@code randread})
 * @param help  fio's description of it (e.g. {@code Random read})
 */
public record AllowedValue(String value, String help) {
}
