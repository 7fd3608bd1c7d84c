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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The option catalog: one table of every fio 3.33 option, loaded from {@code options.tsv} beside this
 * class. It drives parsing, validation, {@code --cmdhelp}, the docs and the GUI's property sheet.
 * Immutable once loaded; any thread.
 *
 * <p>The table is generated from fio itself by {@code tools/options/gen_options.py} (with hand-kept
 * overrides beside it); regenerate rather than edit. Its columns (tab-separated, one option a row,
 * {@code #} lines are comments): name, aliases (comma-separated), type ({@link OptionType}), default
 * (empty: none), min, max (empty: no bound), unit ({@link OptionUnit}), category ({@link OptionCategory}),
 * status ({@link OptionStatus}), engines (comma-separated, empty: general), flags (comma-separated:
 * {@code perdir}, {@code percent}, {@code range}), allowed values ({@code value=help|value=help}, or just
 * {@code value} when fio gives no help), parse priority (integer, empty: 0), help.
 *
 * <p>Names are matched exactly, as fio does ({@code BS=4k} is a bad option to fio). One alias is shared:
 * {@code proto} is the net engines' {@code protocol} and the rdma engine's {@code verb}; plain
 * {@link #lookup(String)} answers {@code protocol}, {@link #lookup(String, String)} picks by ioengine.
 */
public final class Options {

    private static final String TABLE = "options.tsv";
    private static final int COLUMNS = 14;
    private static final Options CATALOG = load();

    private final List<OptionSpec> all;
    private final Map<String, OptionSpec> byName;

    private Options(List<OptionSpec> all) {
        this.all = Collections.unmodifiableList(all);
        Map<String, OptionSpec> names = new HashMap<>();
        for (OptionSpec spec : all) {
            if (names.put(spec.name(), spec) != null) {
                throw new IllegalStateException(TABLE + ": option " + spec.name() + " listed twice");
            }
        }
        for (OptionSpec spec : all) {
            for (String alias : spec.aliases()) {
                names.putIfAbsent(alias, spec);
            }
        }
        this.byName = names;
    }

    /** The catalog. */
    public static Options catalog() {
        return CATALOG;
    }

    /** Every option, in table order (by category, then as fio's HOWTO documents them). */
    public List<OptionSpec> all() {
        return all;
    }

    /** The option called {@code nameOrAlias} (exact spelling), if fio knows it. */
    public Optional<OptionSpec> lookup(String nameOrAlias) {
        return Optional.ofNullable(byName.get(nameOrAlias));
    }

    /**
     * The option called {@code nameOrAlias} as a job using {@code ioengine} reads it: general options, and
     * options of that engine. An engine option of another engine is not found.
     */
    public Optional<OptionSpec> lookup(String nameOrAlias, String ioengine) {
        OptionSpec direct = byName.get(nameOrAlias);
        if (direct != null && direct.name().equals(nameOrAlias)) {
            return direct.appliesTo(ioengine) ? Optional.of(direct) : Optional.empty();
        }
        for (OptionSpec spec : all) {
            if (spec.aliases().contains(nameOrAlias) && spec.appliesTo(ioengine)) {
                return Optional.of(spec);
            }
        }
        return Optional.empty();
    }

    /** The general options (those of no particular ioengine), in table order. */
    public List<OptionSpec> general() {
        return all.stream().filter(spec -> !spec.isEngineOption()).toList();
    }

    /** The options of {@code ioengine} (not the general ones), in table order; empty for an engine without any. */
    public List<OptionSpec> engineOptions(String ioengine) {
        return all.stream().filter(spec -> spec.engines().contains(ioengine)).toList();
    }

    /** The options of each category, categories in declaration order, empty ones left out. */
    public Map<OptionCategory, List<OptionSpec>> byCategory() {
        Map<OptionCategory, List<OptionSpec>> groups = new LinkedHashMap<>();
        for (OptionCategory category : OptionCategory.values()) {
            List<OptionSpec> members = all.stream().filter(spec -> spec.category() == category).toList();
            if (!members.isEmpty()) {
                groups.put(category, members);
            }
        }
        return groups;
    }

    /**
     * The known name or alias closest to {@code unknown} (edit distance, ignoring case), for "did you mean"
     * messages; empty when nothing is reasonably close.
     */
    public Optional<String> closest(String unknown) {
        String target = unknown.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : byName.keySet()) {
            int distance = EditDistance.between(target, candidate.toLowerCase(Locale.ROOT));
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
        if (cells.length != COLUMNS) {
            throw new IllegalStateException(TABLE + ":" + lineNumber + ": expected " + COLUMNS + " columns, found "
                    + cells.length);
        }
        try {
            List<String> flags = list(cells[10]);
            for (String flag : flags) {
                if (!List.of("perdir", "percent", "range").contains(flag)) {
                    throw new IllegalArgumentException("unknown flag " + flag);
                }
            }
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
                    flags.contains("range"),
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
