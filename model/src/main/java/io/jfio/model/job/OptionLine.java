package io.jfio.model.job;

/**
 * An option: {@code key=value}, {@code key = value} or a bare {@code key}, optionally indented and
 * followed by a comment. Immutable; any thread.
 *
 * @param text       the line without its terminator
 * @param ending     its terminator
 * @param key        the option name as written (fio's names are case-sensitive)
 * @param value      the value without surrounding blanks, or {@code null} for a bare key
 * @param keyStart   the index in {@code text} where the key starts
 * @param valueStart the index in {@code text} where the value starts (where it would go when empty or bare)
 * @param valueEnd   the index in {@code text} just after the value
 */
public record OptionLine(String text, LineEnding ending, String key, String value, int keyStart, int valueStart,
                         int valueEnd) implements JobLine {

    /** True for a key without '='. */
    public boolean isBare() {
        return value == null;
    }

    /** The 1-based column of the key. */
    public int keyColumn() {
        return keyStart + 1;
    }

    /** The 1-based column of the value (or of where it would be). */
    public int valueColumn() {
        return valueStart + 1;
    }

    /**
     * True when blanks follow the '='. fio 3.33 keeps them as part of the value: it then rejects
     * {@code rw = read} and reads {@code bs = 8k} as 8 bytes; jfio drops them and warns.
     */
    public boolean hasBlankAfterEquals() {
        return value != null && valueStart > text.indexOf('=', keyStart + key.length()) + 1;
    }

    /**
     * The same line with {@code newValue} ({@code null}: a bare key), keeping indentation, the spacing
     * around '=' and any trailing comment.
     *
     * @throws IllegalArgumentException if the value holds ';', '#' or a line break (fio would read the
     *                                  rest as a comment) or starts or ends with blanks
     */
    public OptionLine withValue(String newValue) {
        if (newValue != null) {
            LineClassifier.checkWritable(newValue, "value");
            if (!newValue.equals(newValue.strip())) {
                throw new IllegalArgumentException("value '" + newValue + "' must not start or end with blanks");
            }
        }
        int keyEnd = keyStart + key.length();
        String newText;
        if (newValue == null) {
            newText = isBare() ? text : text.substring(0, keyEnd) + text.substring(valueEnd);
        } else if (isBare()) {
            newText = text.substring(0, keyEnd) + "=" + newValue + text.substring(keyEnd);
        } else {
            newText = text.substring(0, valueStart) + newValue + text.substring(valueEnd);
        }
        return (OptionLine) JobLine.of(newText, ending);
    }

    /**
     * True when a ';' or '#' follows the value with no blank before it (filename=/tmp/a#b): fio, and so
     * jfio, end the value there, which is easy to miss.
     */
    public boolean hasCommentGluedToValue() {
        return value != null && !value.isEmpty() && valueEnd < text.length()
                && (text.charAt(valueEnd) == ';' || text.charAt(valueEnd) == '#');
    }

    /** The text between the key and the value ("=", " = "), or "=" for a bare key. */
    public String separator() {
        return isBare() ? "=" : text.substring(keyStart + key.length(), valueStart);
    }

    @Override
    public OptionLine withEnding(LineEnding newEnding) {
        return new OptionLine(text, newEnding, key, value, keyStart, valueStart, valueEnd);
    }
}
