package io.jfio.engine.output.terse;

import java.util.Arrays;
import java.util.List;

/** A terse line's fields, and the kind of each: what the comparisons with fio's lines look at. */
final class TerseFields {

    private TerseFields() {
    }

    static String[] of(String line) {
        return line.split(";", -1);
    }

    /**
     * Each field's kind: integer, float (six decimals), percent (with its decimals), percentile, or text; with
     * {@code textShape} a text field is told by its text with digits as '#' ("text: fio-#.##"), else only "text".
     */
    static List<String> kinds(String line, boolean textShape) {
        return Arrays.stream(of(line)).map(field -> kind(field, textShape)).toList();
    }

    private static String kind(String field, boolean textShape) {
        if (field.matches("\\d+")) {
            return "integer";
        }
        if (field.matches("\\d+\\.\\d{6}")) {
            return "float";
        }
        if (field.matches("\\d+\\.\\d+%")) {
            return "percent with " + (field.length() - field.indexOf('.') - 2) + " decimals";
        }
        if (field.matches("\\d+(\\.\\d{6})?%=\\d+")) {
            return "percentile";
        }
        return textShape ? "text: " + field.replaceAll("\\d", "#") : "text";
    }
}
