package io.jfio.app.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

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
        return rounded(percent, 6) + "%";
    }

    /**
     * A tick label of a plain number axis whose ticks are {@code tickUnit} apart: as many decimals as the
     * unit needs ("2.5" on ticks of 0.5, "10" on ticks of 5), none trailing.
     */
    public static String tick(double value, double tickUnit) {
        int decimals = tickUnit > 0 && Double.isFinite(tickUnit)
                ? Math.max(0, Math.min(12, new BigDecimal(Double.toString(tickUnit)).stripTrailingZeros().scale())) : 2;
        return rounded(value, decimals);
    }

    /** Up to three significant digits (all digits of the integer part when larger), no trailing zeros. */
    static String digits(double value) {
        double abs = Math.abs(value);
        return rounded(value, abs >= 100 ? 0 : abs >= 10 ? 1 : 2);
    }

    /**
     * {@code value} rounded half-up to {@code decimals} places, without trailing zeros, as
     * {@code String.format("%.Nf")} rounds it (from the shortest decimal that reads back as the double), but
     * without parsing a format string and two regular expressions per call: axis labels are made in loops on
     * the JavaFX thread.
     */
    private static String rounded(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal exact = new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
        return exact.signum() == 0 ? "0" : exact.stripTrailingZeros().toPlainString();
    }
}
