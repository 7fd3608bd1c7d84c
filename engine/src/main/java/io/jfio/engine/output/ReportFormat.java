package io.jfio.engine.output;

/**
 * The report formats, in the order fio prints them when several are selected: terse, JSON (or json+),
 * normal. Immutable; any thread.
 */
public enum ReportFormat {
    TERSE,
    JSON,
    JSON_PLUS,
    NORMAL
}
