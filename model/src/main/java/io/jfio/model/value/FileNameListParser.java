package io.jfio.model.value;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits fio's filename lists at ':' and turns {@code \:} into a colon that is part of the name
 * (filename=/dev/dsk/foo@3,0\:c); any other backslash stays (F\:\filename is F:\filename).
 * Stateless; any thread.
 */
public final class FileNameListParser {

    private FileNameListParser() {
    }

    /** The names in {@code text}; an empty name (a::b, a trailing ':') is an error. */
    public static FileNameList parse(String text) {
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == ':') {
                current.append(':');
                i++;
            } else if (c == ':') {
                names.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        names.add(current.toString());
        for (String name : names) {
            if (name.isEmpty()) {
                throw new ValueException("'" + text + "' has an empty file name; separate names with a single ':'"
                        + " and write a colon inside a name as \\:");
            }
        }
        return new FileNameList(names);
    }
}
