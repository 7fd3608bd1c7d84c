package io.jfio.model.value;

/**
 * Evaluates fio's arithmetic: {@code + - * / % ^} and parentheses over decimal, fractional and hex
 * numbers, where a number may carry a unit suffix (4k, 10ms) that {@link Units} turns into a
 * multiplier. In integer mode (how fio's {@code bc} step treats keyword math such as
 * {@code 8*$mb_memory}) numbers must be whole and division truncates. Stateless; any thread.
 */
final class Arithmetic {

    /** Turns a unit suffix into a multiplier; throws {@link ValueException} for an unknown one. */
    interface Units {
        double multiplier(String suffix);
    }

    private final String text;
    private final Units units;
    private final boolean integerMode;
    private int position;

    private Arithmetic(String text, Units units, boolean integerMode) {
        this.text = text;
        this.units = units;
        this.integerMode = integerMode;
    }

    /** The value of {@code text}; throws {@link ValueException} naming what is wrong. */
    static double evaluate(String text, Units units, boolean integerMode) {
        Arithmetic parser = new Arithmetic(text, units, integerMode);
        double value = parser.expression();
        parser.skipSpaces();
        if (parser.position < text.length()) {
            throw new ValueException("unexpected '" + text.substring(parser.position) + "' in expression '" + text + "'");
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new ValueException("expression '" + text + "' has no finite value");
        }
        return value;
    }

    private double expression() {
        double value = term();
        while (true) {
            skipSpaces();
            if (accept('+')) {
                value += term();
            } else if (accept('-')) {
                value -= term();
            } else {
                return value;
            }
        }
    }

    private double term() {
        double value = power();
        while (true) {
            skipSpaces();
            if (accept('*')) {
                value *= power();
            } else if (accept('/')) {
                double divisor = power();
                if (divisor == 0) {
                    throw new ValueException("division by zero in '" + text + "'");
                }
                value = integerMode ? truncate(value / divisor) : value / divisor;
            } else if (accept('%')) {
                double divisor = power();
                if (divisor == 0) {
                    throw new ValueException("division by zero in '" + text + "'");
                }
                value = value % divisor;
            } else {
                return value;
            }
        }
    }

    private double power() {
        double base = unary();
        skipSpaces();
        if (accept('^')) {
            return Math.pow(base, power());
        }
        return base;
    }

    private double unary() {
        skipSpaces();
        if (accept('-')) {
            return -unary();
        }
        if (accept('+')) {
            return unary();
        }
        return primary();
    }

    private double primary() {
        skipSpaces();
        if (accept('(')) {
            double value = expression();
            skipSpaces();
            if (!accept(')')) {
                throw new ValueException("missing ')' in expression '" + text + "'");
            }
            return value;
        }
        return number();
    }

    private double number() {
        int start = position;
        double value;
        if (text.startsWith("0x", position) || text.startsWith("0X", position)) {
            position += 2;
            int digits = position;
            while (position < text.length() && Character.digit(text.charAt(position), 16) >= 0) {
                position++;
            }
            if (digits == position) {
                throw new ValueException("bad hex number in expression '" + text + "'");
            }
            value = Long.parseLong(text.substring(digits, position), 16);
        } else {
            while (position < text.length() && (isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
                position++;
            }
            String digits = text.substring(start, position);
            if (digits.isEmpty() || digits.equals(".")) {
                String rest = position < text.length() ? text.substring(position) : "end";
                throw new ValueException("expected a number at '" + rest + "' in expression '" + text + "'");
            }
            if (integerMode && digits.indexOf('.') >= 0) {
                throw new ValueException("'" + digits + "' is not a whole number in '" + text + "'");
            }
            try {
                value = Double.parseDouble(digits);
            } catch (NumberFormatException e) {
                throw new ValueException("bad number '" + digits + "' in expression '" + text + "'");
            }
        }
        int suffixStart = position;
        while (position < text.length() && Character.isLetter(text.charAt(position))) {
            position++;
        }
        if (suffixStart < position) {
            if (integerMode) {
                throw new ValueException("a unit is not allowed in '" + text + "'");
            }
            value *= units.multiplier(text.substring(suffixStart, position));
        } else {
            value *= units.multiplier("");
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static double truncate(double value) {
        return value < 0 ? Math.ceil(value) : Math.floor(value);
    }

    private boolean accept(char c) {
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }
}
