package io.jfio.model.value;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads {@code rw=}: a pattern name (case-sensitive, as fio matches it) and an optional {@code :N}.
 * For random patterns N is a count of I/Os per offset; for sequential ones a size in bytes with
 * fio's units. Stateless; any thread.
 */
public final class RwModeParser {

    private RwModeParser() {
    }

    /** The mode in {@code text}; {@code kbBase} is the job's kb_base. */
    public static RwMode parse(String text, int kbBase) {
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon);
        RwPattern pattern = RwPattern.byName(name).orElseThrow(() -> new ValueException(
                "'" + name + "' is not one of " + patternNames()));
        if (colon < 0) {
            return RwMode.of(pattern);
        }
        String modifier = text.substring(colon + 1);
        if (pattern.isRandom()) {
            if (!modifier.matches("[0-9]{1,9}") || Integer.parseInt(modifier) < 1) {
                throw new ValueException("'" + modifier + "' after '" + name + ":' is not a number of I/Os (1 or more)");
            }
            return new RwMode(pattern, Integer.parseInt(modifier), 0);
        }
        // A negative gap walks backwards (fio's examples/backwards-read.fio: rw=read:-8k).
        return new RwMode(pattern, 1, SizeParser.parseScaled(modifier, kbBase, true, "size"));
    }

    private static String patternNames() {
        List<String> names = Arrays.stream(RwPattern.values()).map(RwPattern::fioName).collect(Collectors.toList());
        names.add(names.indexOf("rw") + 1, "readwrite");
        return String.join(", ", names);
    }
}
