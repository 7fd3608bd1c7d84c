package io.jfio.model.value;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits fio's colon lists of names (filename=/dev/sda:/dev/sdb, directory=/d1:/d2) at ':' and turns
 * {@code \:} into a colon that is part of the name (filename=/dev/dsk/foo@3,0\:c); any other backslash stays
 * (F\:\filename is F:\filename). An empty name (a::b, a trailing ':') is skipped with a warning, as fio 3.33
 * skips it; a list with no name at all is an error (fio refuses an empty directory list and runs a job with
 * an empty filename list on no file at all). The one reader of these lists. Stateless; any thread.
 */
public final class FileNameListParser {

    private FileNameListParser() {
    }

    /**
     * The names in {@code text}.
     *
     * @param warnings receives a line when an empty name is skipped
     * @throws ValueException when {@code text} names nothing
     */
    public static FileNameList parse(String text, List<String> warnings) {
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean skipped = false;
        for (int i = 0; i <= text.length(); i++) {
            // a ':' after the end closes the last name
            char c = i < text.length() ? text.charAt(i) : ':';
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == ':') {
                current.append(':');
                i++;
            } else if (c == ':') {
                if (current.length() > 0) {
                    names.add(current.toString());
                } else {
                    skipped = true;
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (names.isEmpty()) {
            throw new ValueException("'" + text + "' names nothing; separate names with ':' and write a colon"
                    + " inside a name as \\:");
        }
        if (skipped) {
            warnings.add("'" + text + "' has an empty name (a ':' at an end or '::'); skipped, as fio 3.33 does");
        }
        return new FileNameList(names);
    }
}
