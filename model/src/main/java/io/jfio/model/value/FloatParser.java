package io.jfio.model.value;

import java.util.regex.Pattern;

/** Reads one decimal floating point number as fio's float options take it. Stateless; any thread. */
final class FloatParser {

    private static final Pattern FLOAT = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private FloatParser() {
    }

    static double parse(String text) {
        if (!FLOAT.matcher(text).matches()) {
            throw new ValueException("'" + text + "' is not a decimal number");
        }
        return Double.parseDouble(text);
    }
}
