package io.jfio.app.chart;

import java.util.Locale;

/**
 * Numbers as a storage engineer reads them, with units that adapt to the value: latency in ns/µs/ms/s,
 * counts as 850, 131k, 1.2M, bandwidth from KiB/s up to GiB/s, times in seconds. Up to three significant
 * digits. Immutable; any thread.
 */
public final class Units {

    private Units() {
    }

    /** {@code nanos} as "850 ns", "12.5 µs", "3 ms", "1.2 s". */
    public static String latency(double nanos) {
        if (nanos < 1e3) {
            return digits(nanos) + " ns";
        }
        if (nanos < 1e6) {
            return digits(nanos / 1e3) + " µs";
        }
        if (nanos < 1e9) {
            return digits(nanos / 1e6) + " ms";
        }
        return digits(nanos / 1e9) + " s";
    }

    /** A count or rate without unit (IOPS): "850", "131k", "1.25M", "2G". */
    public static String count(double value) {
        double abs = Math.abs(value);
        if (abs < 1e3) {
            return digits(value);
        }
        if (abs < 1e6) {
            return digits(value / 1e3) + "k";
        }
        if (abs < 1e9) {
            return digits(value / 1e6) + "M";
        }
        return digits(value / 1e9) + "G";
    }

    /** A bandwidth given in KiB/s, in binary units: "512 KiB/s", "12.5 MiB/s", "1.9 GiB/s". */
    public static String bandwidthKiBps(double kibps) {
        double abs = Math.abs(kibps);
        if (abs < 1024) {
            return digits(kibps) + " KiB/s";
        }
        if (abs < 1024 * 1024) {
            return digits(kibps / 1024) + " MiB/s";
        }
        return digits(kibps / (1024.0 * 1024)) + " GiB/s";
    }

    /** Seconds with millisecond precision where it matters: "12.5 s", "0.35 s", "3601 s". */
    public static String seconds(double seconds) {
        return digits(seconds) + " s";
    }

    /** A percentile as fio prints it: "50%", "99.9%", "99.999%". */
    public static String percent(double percent) {
        String text = String.format(Locale.ROOT, "%.6f", percent);
        return trimZeros(text) + "%";
    }

    /** Up to three significant digits (all digits of the integer part when larger), no trailing zeros. */
    static String digits(double value) {
        double abs = Math.abs(value);
        String text = abs >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : abs >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
        return trimZeros(text);
    }

    private static String trimZeros(String text) {
        if (!text.contains(".")) {
            return text;
        }
        String trimmed = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        return trimmed.equals("-0") ? "0" : trimmed;
    }
}
