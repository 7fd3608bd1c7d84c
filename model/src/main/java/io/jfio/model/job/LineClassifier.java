package io.jfio.model.job;

/**
 * Decides what one line of a job file is, with fio 3.33's rules (see {@link JobLine}). Stateless; any
 * thread.
 */
final class LineClassifier {

    private static final String INCLUDE = "include";

    private LineClassifier() {
    }

    static JobLine classify(String text, LineEnding ending) {
        int commentStart = commentStart(text);
        int contentEnd = commentStart < 0 ? text.length() : commentStart;
        int start = 0;
        while (start < contentEnd && isBlank(text.charAt(start))) {
            start++;
        }
        int end = contentEnd;
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return commentStart < 0 ? new BlankLine(text, ending) : new CommentLine(text, ending);
        }
        String content = text.substring(start, end);
        if (content.charAt(0) == '[') {
            if (content.length() < 2 || content.charAt(content.length() - 1) != ']') {
                return new UnrecognisedLine(text, ending, "malformed section header; expected [name]", start + 1);
            }
            return new SectionLine(text, ending, content.substring(1, content.length() - 1), start + 1);
        }
        if (content.startsWith(INCLUDE) && (content.length() == INCLUDE.length()
                || isBlank(content.charAt(INCLUDE.length())))) {
            int pathStart = start + INCLUDE.length();
            while (pathStart < end && isBlank(text.charAt(pathStart))) {
                pathStart++;
            }
            return new IncludeLine(text, ending, text.substring(pathStart, end), pathStart < end ? pathStart + 1 : start + 1);
        }
        return option(text, ending, start, end);
    }

    private static JobLine option(String text, LineEnding ending, int start, int end) {
        int equals = text.indexOf('=', start);
        if (equals < 0 || equals >= end) {
            return new OptionLine(text, ending, text.substring(start, end), null, start, end, end);
        }
        if (equals == start) {
            return new UnrecognisedLine(text, ending, "'=' without an option name before it", start + 1);
        }
        int keyEnd = equals;
        while (isBlank(text.charAt(keyEnd - 1))) {
            keyEnd--;
        }
        int valueStart = equals + 1;
        while (valueStart < end && isBlank(text.charAt(valueStart))) {
            valueStart++;
        }
        return new OptionLine(text, ending, text.substring(start, keyEnd), text.substring(valueStart, end), start,
                valueStart, end);
    }

    /** The index of the first ';' or '#', or -1. */
    static int commentStart(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '#') {
                return i;
            }
        }
        return -1;
    }

    /** fio's blanks: white space and control characters (fio's isspace()/iscntrl()). */
    static boolean isBlank(char c) {
        return c <= ' ' || c == 0x7f;
    }

    /** Throws if {@code text} cannot be written into a line and read back unchanged. */
    static void checkWritable(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '#') {
                throw new IllegalArgumentException(what + " '" + text + "' contains '" + c
                        + "', which fio reads as the start of a comment");
            }
            if (c == '\n' || c == '\r') {
                throw new IllegalArgumentException(what + " must be on one line");
            }
        }
    }
}
