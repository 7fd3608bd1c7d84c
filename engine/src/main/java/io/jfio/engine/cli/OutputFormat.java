package io.jfio.engine.cli;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The report formats of {@code --output-format}, spelled as fio spells them. Immutable; any thread. */
public enum OutputFormat {
    NORMAL("normal"),
    JSON("json"),
    JSON_PLUS("json+"),
    TERSE("terse");

    private final String spelling;

    OutputFormat(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    /**
     * Parses fio's comma-separated list ({@code json,normal}).
     *
     * @throws CliException naming the bad element
     */
    public static Set<OutputFormat> parseList(String list) {
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (String item : list.split(",", -1)) {
            formats.add(parse(item.trim()));
        }
        return formats;
    }

    static OutputFormat parse(String word) {
        for (OutputFormat format : values()) {
            if (format.spelling.equals(word.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new CliException("--output-format: '" + word + "' is not one of normal, json, json+, terse");
    }
}
