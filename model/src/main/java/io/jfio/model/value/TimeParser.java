package io.jfio.model.value;

import io.jfio.model.option.OptionUnit;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads fio's durations: a whole number with an optional case-insensitive unit (us/usec, ms/msec,
 * s, m, h, d; jfio also reads ns/nsec and HOWTO's "sec"), where a bare number is in the option's default
 * unit; or an arithmetic expression in parentheses whose bare numbers are microseconds (HOWTO,
 * "Job file parameters"). fio 3.33 reads any other suffix as microseconds without a word; jfio refuses
 * it. Stateless; any thread.
 */
public final class TimeParser {

    private static final Pattern NUMBER = Pattern.compile("([0-9]+)(.*)", Pattern.DOTALL);
    private static final String UNITS = "ns, us, ms, s, m, h or d";

    private TimeParser() {
    }

    /**
     * The duration in nanoseconds.
     *
     * @param defaultUnit the unit of a bare number (NANOSECONDS to SECONDS; any other means microseconds,
     *                    fio's default for time options that do not say)
     * @param warnings    receives notes where fio 3.33 reads the text differently
     */
    public static long parseNanos(String text, OptionUnit defaultUnit, List<String> warnings) {
        if (text.isEmpty()) {
            throw new ValueException("empty value; expected a time such as 10s");
        }
        if (text.charAt(0) == '(') {
            return fromExpression(text);
        }
        Matcher matcher = NUMBER.matcher(text);
        if (!matcher.matches()) {
            if (text.startsWith("-")) {
                throw new ValueException("'" + text + "' is negative; expected a time of 0 or more");
            }
            throw SizeParser.notANumber(text, "time");
        }
        String digits = matcher.group(1);
        String suffix = matcher.group(2);
        if (suffix.length() > 1 && suffix.charAt(0) == '.' && Character.isDigit(suffix.charAt(1))) {
            throw new ValueException("'" + text + "' is not a whole number; use a smaller unit (fio 3.33 would "
                    + "silently drop the fraction)");
        }
        if (suffix.startsWith("x") || suffix.startsWith("X")) {
            throw new ValueException("hex numbers are not allowed for times: '" + text + "'");
        }
        long unitNanos = suffix.isEmpty() ? nanosPer(defaultUnit) : unitNanos(suffix, text);
        String unit = suffix.toLowerCase(Locale.ROOT);
        if (unit.equals("ns") || unit.equals("nsec")) {
            warnings.add("fio 3.33 has no nanosecond unit and reads '" + text + "' as " + digits + " microseconds");
        } else if (unit.equals("sec")) {
            warnings.add("fio 3.33 reads '" + text + "' as " + digits + " microseconds despite its HOWTO; write "
                    + digits + "s");
        }
        try {
            return Math.multiplyExact(Long.parseLong(digits), unitNanos);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ValueException("'" + text + "' is too large");
        }
    }

    /** Nanoseconds in one {@code unit}; microseconds for units that are not times. */
    public static long nanosPer(OptionUnit unit) {
        return switch (unit) {
            case NANOSECONDS -> 1L;
            case MILLISECONDS -> 1_000_000L;
            case SECONDS -> 1_000_000_000L;
            default -> 1_000L;
        };
    }

    private static long unitNanos(String suffix, String text) {
        return switch (suffix.toLowerCase(Locale.ROOT)) {
            case "ns", "nsec" -> 1L;
            case "us", "usec" -> 1_000L;
            case "ms", "msec" -> 1_000_000L;
            case "s", "sec" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            case "d" -> 86_400_000_000_000L;
            default -> throw new ValueException("unknown time unit '" + suffix + "' in '" + text + "' (use " + UNITS + ")");
        };
    }

    private static long fromExpression(String text) {
        if (text.charAt(text.length() - 1) != ')') {
            throw new ValueException("nothing may follow ')' in '" + text + "'; put the unit inside the parentheses");
        }
        // Bare numbers are microseconds; a number with a unit is converted to microseconds first.
        double micros = Arithmetic.evaluate(text, suffix -> suffix.isEmpty() ? 1 : unitNanos(suffix, text) / 1_000.0, false);
        double nanos = micros * 1_000;
        if (nanos < 0) {
            throw new ValueException("'" + text + "' is negative");
        }
        if (nanos >= 0x1p63) {
            throw new ValueException("'" + text + "' is too large");
        }
        return (long) nanos;
    }
}
