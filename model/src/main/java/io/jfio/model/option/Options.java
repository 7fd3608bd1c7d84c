package io.jfio.model.option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The option catalog: one table of every fio 3.33 option, loaded from {@code options.tsv} beside this
 * class. It drives parsing, validation, {@code --cmdhelp}, the docs and the GUI's property sheet.
 * Immutable once loaded; any thread.
 *
 * <p>The table's columns (tab-separated, one option a row, {@code #} lines are comments):
 * name, aliases (comma-separated), type ({@link OptionType}), default (empty: none), min, max,
 * unit ({@link OptionUnit}), category ({@link OptionCategory}), status ({@link OptionStatus}),
 * engines (comma-separated, empty: general), flags (comma-separated: {@code perdir}, {@code percent}),
 * allowed values ({@code value=help|value=help}), parse priority (integer, empty: 0), help.
 */
public final class Options {

    private static final String TABLE = "options.tsv";
    private static final Options CATALOG = load();

    private final List<OptionSpec> all;
    private final Map<String, OptionSpec> byName;

    private Options(List<OptionSpec> all) {
        this.all = Collections.unmodifiableList(all);
        Map<String, OptionSpec> names = new HashMap<>();
        for (OptionSpec spec : all) {
            names.put(key(spec.name()), spec);
            for (String alias : spec.aliases()) {
                names.putIfAbsent(key(alias), spec);
            }
        }
        this.byName = names;
    }

    /** The catalog. */
    public static Options catalog() {
        return CATALOG;
    }

    /** Every option, in table order. */
    public List<OptionSpec> all() {
        return all;
    }

    /** The option called {@code nameOrAlias}, if fio knows it. */
    public Optional<OptionSpec> lookup(String nameOrAlias) {
        return Optional.ofNullable(byName.get(key(nameOrAlias)));
    }

    /** The known name closest to {@code unknown} (edit distance), for "did you mean" messages. */
    public Optional<String> closest(String unknown) {
        String target = key(unknown);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : byName.keySet()) {
            int distance = EditDistance.between(target, candidate);
            if (distance < bestDistance || (distance == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance > Math.max(2, target.length() / 2)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Options load() {
        try (InputStream in = Options.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("option catalog " + TABLE + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<OptionSpec> specs = new ArrayList<>();
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                specs.add(parseRow(line, lineNumber));
            }
            return new Options(specs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OptionSpec parseRow(String line, int lineNumber) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 14) {
            throw new IllegalStateException(TABLE + ":" + lineNumber + ": expected 14 columns, found " + cells.length);
        }
        try {
            List<String> flags = list(cells[10]);
            return new OptionSpec(
                    cells[0],
                    list(cells[1]),
                    OptionType.valueOf(cells[2]),
                    cells[3].isEmpty() ? null : cells[3],
                    number(cells[4]),
                    number(cells[5]),
                    OptionUnit.valueOf(cells[6]),
                    OptionCategory.valueOf(cells[7]),
                    OptionStatus.valueOf(cells[8]),
                    list(cells[9]),
                    flags.contains("perdir"),
                    flags.contains("percent"),
                    allowed(cells[11]),
                    cells[12].isEmpty() ? 0 : Integer.parseInt(cells[12]),
                    cells[13]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(TABLE + ":" + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.asList(cell.split(","));
    }

    private static Long number(String cell) {
        return cell.isEmpty() ? null : Long.valueOf(cell);
    }

    private static List<AllowedValue> allowed(String cell) {
        List<AllowedValue> values = new ArrayList<>();
        if (cell.isEmpty()) {
            return values;
        }
        for (String item : cell.split("\\|")) {
            int eq = item.indexOf('=');
            values.add(eq < 0 ? new AllowedValue(item, "") : new AllowedValue(item.substring(0, eq), item.substring(eq + 1)));
        }
        return values;
    }
}
