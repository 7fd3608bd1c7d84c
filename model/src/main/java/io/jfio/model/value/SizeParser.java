package io.jfio.model.value;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads fio's integers with unit prefixes (4k, 1MiB, 0x100, (1+3)*4k) as fio 3.33 does. With the
 * default kb_base=1024, k/m/g/t/p, kb/mb... and ki/mi... are powers of 1024 and kib/mib... are powers
 * of 1000 - deliberately the opposite of SI/IEC, for old scripts; kb_base=1000 swaps them. Units are
 * case-insensitive and 'b' means byte. Where fio 3.33 silently reads sloppy text (4x as 4, 1.5k as 1,
 * 0x10k as 16) jfio refuses it with a message instead. Stateless; any thread.
 */
public final class SizeParser {

    private static final Pattern NUMBER = Pattern.compile("([+-]?)(0[xX][0-9a-fA-F]+|[0-9]+)(.*)", Pattern.DOTALL);
    private static final String UNITS = "b, k, m, g, t, p (optionally followed by b, i or ib)";
    private static final String PREFIXES = "kmgtp";

    private SizeParser() {
    }

    /** A non-negative byte count with the given kb_base (1024 or 1000). */
    public static long parseBytes(String text, int kbBase) {
        return parseScaled(text, kbBase, false, "size");
    }

    /**
     * The multiplier of a size unit suffix ("" and "b" give 1), or -1 when fio 3.33 would not read it
     * as a unit. {@code kbBase} is the job's kb_base, 1024 or 1000.
     */
    public static long multiplier(String suffix, int kbBase) {
        String unit = suffix.toLowerCase(Locale.ROOT);
        if (unit.isEmpty() || unit.equals("b")) {
            return 1;
        }
        int power = PREFIXES.indexOf(unit.charAt(0)) + 1;
        if (power == 0) {
            return -1;
        }
        String rest = unit.substring(1);
        long base;
        if (rest.isEmpty() || rest.equals("b") || rest.equals("i")) {
            base = kbBase;
        } else if (rest.equals("ib")) {
            base = kbBase == 1000 ? 1024 : 1000;
        } else {
            return -1;
        }
        long result = 1;
        for (int i = 0; i < power; i++) {
            result *= base;
        }
        return result;
    }

    /**
     * An integer with an optional unit multiplier, or an arithmetic expression in parentheses.
     *
     * @param what the word for the expected kind of value in messages ("size", "integer")
     */
    static long parseScaled(String text, int kbBase, boolean allowNegative, String what) {
        if (text.isEmpty()) {
            throw new ValueException("empty value; expected " + article(what) + (what.equals("size") ? " such as 4k" : ""));
        }
        if (text.charAt(0) == '(') {
            return fromExpression(text, kbBase, allowNegative);
        }
        Matcher matcher = NUMBER.matcher(text);
        if (!matcher.matches()) {
            throw notANumber(text, what);
        }
        boolean negative = matcher.group(1).equals("-");
        String digits = matcher.group(2);
        String suffix = matcher.group(3);
        if (negative && !allowNegative) {
            throw new ValueException("'" + text + "' is negative; expected " + article(what) + " of 0 or more");
        }
        if (suffix.length() > 1 && suffix.charAt(0) == '.' && Character.isDigit(suffix.charAt(1))) {
            throw new ValueException("'" + text + "' is not a whole number (fio 3.33 would silently read it as "
                    + matcher.group(1) + digits + ")");
        }
        boolean hex = digits.length() > 1 && (digits.charAt(1) == 'x' || digits.charAt(1) == 'X');
        if (hex && !suffix.isEmpty()) {
            throw new ValueException("a unit cannot follow the hex number in '" + text + "'");
        }
        long multiplier = multiplier(suffix, kbBase);
        if (suffix.equalsIgnoreCase("z")) {
            throw new ValueException("'" + text + "': zone units (z) need zonemode=zbd, which jfio does not support");
        }
        if (multiplier < 0) {
            throw new ValueException("unknown unit '" + suffix + "' in '" + text + "' (use " + UNITS + ")");
        }
        try {
            long number = hex ? Long.parseLong(digits.substring(2), 16) : Long.parseLong(digits);
            long value = Math.multiplyExact(number, multiplier);
            return negative ? -value : value;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ValueException("'" + text + "' is too large");
        }
    }

    private static long fromExpression(String text, int kbBase, boolean allowNegative) {
        if (text.charAt(text.length() - 1) != ')') {
            throw new ValueException("nothing may follow ')' in '" + text + "'; put the unit inside the parentheses");
        }
        double value = Arithmetic.evaluate(text, suffix -> {
            long multiplier = multiplier(suffix, kbBase);
            if (multiplier < 0) {
                throw new ValueException("unknown unit '" + suffix + "' in '" + text + "' (use " + UNITS + ")");
            }
            return multiplier;
        }, false);
        if (Math.abs(value) >= 0x1p63) {
            throw new ValueException("'" + text + "' is too large");
        }
        long result = (long) value;
        if (result < 0 && !allowNegative) {
            throw new ValueException("'" + text + "' is negative (" + result + ")");
        }
        return result;
    }

    static ValueException notANumber(String text, String what) {
        Matcher variable = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)").matcher(text);
        if (variable.find()) {
            String name = variable.group(1);
            return new ValueException("'" + text + "' is not " + article(what) + "; fio substitutes environment variables "
                    + "only in the form ${" + name + "}");
        }
        return new ValueException("'" + text + "' is not " + article(what));
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
