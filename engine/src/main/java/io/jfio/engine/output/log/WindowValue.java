package io.jfio.engine.output.log;

/**
 * What a windowed log ({@code log_avg_msec} &gt; 0) writes per window: fio's {@code log_window_value}
 * (fio 3.33 only has {@code log_max_value}, which is {@link #MAX}). Immutable; any thread.
 */
public enum WindowValue {
    /** The window's average (fio's default). */
    AVG,
    /** The window's maximum ({@code log_max_value=1}). */
    MAX,
    /** Both, as two value columns: average then maximum. */
    BOTH;

    /** Parses {@code log_window_value}: avg (or mean), max, both. */
    public static WindowValue parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "avg", "mean" -> AVG;
            case "max" -> MAX;
            case "both" -> BOTH;
            default -> throw new IllegalArgumentException("log_window_value must be avg, max or both, not '" + text + "'");
        };
    }
}
