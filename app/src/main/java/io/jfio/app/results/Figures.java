package io.jfio.app.results;

import java.util.Locale;

import io.jfio.app.live.LatencyAxisFormat;

/** How the results table writes its numbers, in fio's style. Stateless; any thread. */
public final class Figures {

    private Figures() {
    }

    /** "1.25M", "312.5k", "950": fio's style of abbreviating counts. */
    public static String count(double value) {
        if (value >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", value / 1e6);
        }
        if (value >= 1e4) {
            return String.format(Locale.ROOT, "%.1fk", value / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", value);
    }

    /** Bandwidth in binary units, as fio prints them first: "4.88GiB/s", "512.0MiB/s", "900KiB/s". */
    public static String bandwidth(double kibPerSecond) {
        if (kibPerSecond >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.2fGiB/s", kibPerSecond / (1024 * 1024));
        }
        if (kibPerSecond >= 1024) {
            return String.format(Locale.ROOT, "%.1fMiB/s", kibPerSecond / 1024);
        }
        return String.format(Locale.ROOT, "%.0fKiB/s", kibPerSecond);
    }

    /** A latency with an adaptive unit, or "-" for a percentile that was not computed (negative). */
    public static String latency(double nanos) {
        return nanos < 0 ? "-" : LatencyAxisFormat.format(nanos);
    }
}
