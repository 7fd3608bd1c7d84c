package io.jfio.model.value;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Splits a per-direction value the way fio 3.33 does and applies fio's rule for missing elements:
 * a list not ending in a comma carries its last element on to the later directions (bs=8k,32k gives
 * trims 32k), an empty element keeps that direction's default (bs=,8k; bs=8k,32k,). Stateless; any
 * thread.
 */
final class DirectionalSplit {

    private DirectionalSplit() {
    }

    /**
     * The elements of {@code text}. With {@code fioSeparators}, as for fio's numeric options, an element
     * also ends at ':' or '-' when the rest holds no ','; a leading '-' stays a minus sign.
     */
    static List<String> elements(String text, boolean fioSeparators) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (true) {
            int separator = rest.indexOf(',');
            if (separator < 0 && fioSeparators) {
                separator = rest.indexOf(':');
                if (separator < 0) {
                    separator = rest.indexOf('-', 1);
                }
            }
            if (separator < 0) {
                parts.add(rest);
                return parts;
            }
            parts.add(rest.substring(0, separator));
            rest = rest.substring(separator + 1);
        }
    }

    /** True when fio would split {@code text} at a ':' or '-' rather than only at commas. */
    static boolean splitsAtColonOrDash(String text) {
        return text.indexOf(':') >= 0 || text.indexOf('-', 1) >= 0;
    }

    /** Applies fio's per-direction rule to up to three elements, parsing each non-empty one. */
    static <T> PerDirection<T> perDirection(List<String> parts, Function<String, T> parser) {
        if (parts.size() > 3) {
            throw new ValueException("at most three values (read,write,trim) are allowed, found " + parts.size());
        }
        List<T> values = new ArrayList<>(3);
        for (String part : parts) {
            values.add(part.isEmpty() ? null : parser.apply(part));
        }
        T carried = values.get(values.size() - 1);
        while (values.size() < 3) {
            values.add(carried);
        }
        if (values.get(0) == null && values.get(1) == null && values.get(2) == null) {
            throw new ValueException("no value given for any direction");
        }
        return new PerDirection<>(values.get(0), values.get(1), values.get(2));
    }
}
