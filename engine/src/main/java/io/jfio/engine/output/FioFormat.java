package io.jfio.engine.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * fio's number formatting, reproduced from its observed output: the shortening of numbers to a few
 * significant digits with k/M/G or Ki/Mi/Gi prefixes ({@code IOPS=3079k}, {@code BW=11.7GiB/s},
 * {@code max=1680.1k}), C's {@code %.Nf} with its rounding of the exact binary value, and the
 * {@code ctime} date. Stateless; any thread.
 */
public final class FioFormat {

    /** What a shortened number measures: the suffix after the prefix. */
    public enum Unit {
        NONE(""),
        PER_SECOND("/s"),
        BYTE("B"),
        BIT("bit"),
        BYTE_PER_SECOND("B/s"),
        BIT_PER_SECOND("bit/s");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }

        boolean inBits() {
            return this == BIT || this == BIT_PER_SECOND;
        }
    }

    private static final String[] SI_PREFIXES = {"", "k", "M", "G", "T", "P"};
    private static final String[] IEC_PREFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi"};
    private static final DateTimeFormatter CTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH);

    private FioFormat() {
    }

    /**
     * A number shortened as fio shortens it: divided by 1000 (or 1024 with {@code pow2}) until at most
     * {@code maxDigits} digits remain, then given the decimals that still fit in {@code maxDigits} (none
     * if fewer than two places are left, rounding the last division instead).
     *
     * @param value     the value, in units of {@code base}
     * @param maxDigits digits before the prefix (fio's significant figures: 4 for rates, 6 for latencies)
     * @param base      1, or the unit {@code value} is already in: 1000 or 1024 mean the value is in kilo units
     * @param pow2      binary prefixes (KiB, MiB) rather than decimal ones (kB, MB)
     * @param unit      what the number measures; bit units multiply {@code value} by 8
     */
    public static String shorten(long value, int maxDigits, long base, boolean pow2, Unit unit) {
        long thousand = pow2 ? 1024 : 1000;
        int prefix = 0;
        for (long b = base; b > 1; b /= thousand) {
            prefix++;
        }
        long num = unit.inBits() ? value * 8 : value;
        long remainder = -1;
        boolean carry = false;
        while (prefix < SI_PREFIXES.length && Long.toString(num).length() > maxDigits) {
            remainder = num % thousand;
            num /= thousand;
            carry = remainder >= thousand / 2;
            prefix++;
        }
        prefix = Math.min(prefix, SI_PREFIXES.length - 1);
        String[] prefixes = pow2 ? IEC_PREFIXES : SI_PREFIXES;
        if (remainder < 0) {
            return num + prefixes[prefix] + unit.suffix;
        }
        int decimals = maxDigits - Long.toString(num).length() - 1;
        if (decimals <= 0) {
            return (carry ? num + 1 : num) + prefixes[prefix] + unit.suffix;
        }
        // fio prints the fraction with %.Nf and keeps what follows "0."; a fraction that rounds up to "1.0"
        // carries into the whole part (fio 3.33: 24528 KiB is "24.0MiB", 12264 KiB/s "12.0MiB/s")
        String fraction = fixed((double) remainder / thousand, decimals);
        long whole = fraction.startsWith("1") ? num + 1 : num;
        return whole + "." + fraction.substring(2) + prefixes[prefix] + unit.suffix;
    }

    /** C's {@code %.Nf}: the exact value of {@code value} rounded half-even to {@code decimals} places. */
    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.isNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";
        }
        String text = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return text.startsWith("-") && isZero(text) ? text.substring(1) : text;
    }

    private static boolean isZero(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /** C's {@code %W.Nf}: {@link #fixed} padded on the left to {@code width}. */
    public static String fixed(double value, int width, int decimals) {
        return padLeft(fixed(value, decimals), width);
    }

    /** C's {@code %f}: six decimals, as fio's JSON and terse output write floating-point values. */
    public static String six(double value) {
        return fixed(value, 6);
    }

    /** {@code text} padded with spaces on the left to {@code width}. */
    public static String padLeft(String text, int width) {
        if (text.length() >= width) {
            return text;
        }
        return " ".repeat(width - text.length()) + text;
    }

    /** {@code value} padded with spaces on the left to {@code width} (C's {@code %Wd}). */
    public static String padLeft(long value, int width) {
        return padLeft(Long.toString(value), width);
    }

    /** The date as C's {@code ctime} writes it, without the newline: {@code Wed Nov  5 14:09:13 2026}. */
    public static String ctime(ZonedDateTime time) {
        return CTIME.format(time);
    }

    /**
     * A share in percent as fio prints distributions: 0 for an empty total, and {@code floor} for a
     * non-zero count whose share would round to nothing.
     */
    public static double share(long count, long total, double floor) {
        if (total <= 0) {
            return 0;
        }
        double percent = 100.0 * count / total;
        return count > 0 && percent < floor ? floor : percent;
    }
}
