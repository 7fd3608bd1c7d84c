package io.jfio.model.option;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One row of the option catalog: everything jfio knows about one fio option. Immutable; any thread.
 *
 * <h2>Parse priority</h2>
 * fio does not apply a section's options in file order: it first sorts them by descending priority,
 * keeping file order among equals, and {@code fio --showcmd} prints them in that applied order. Measured
 * with fio 3.33 (tools/options/gen_options.py probes every option against a neutral one):
 * <ul>
 *   <li>{@code +1}: {@code kb_base}, {@code unit_base}, {@code lockfile}, {@code cpus_allowed_policy} (they
 *       change how later values are read or applied, so they go first);</li>
 *   <li>{@code 0}: every other general option;</li>
 *   <li>{@code -1}: {@code filename}, {@code filename_format} (after {@code directory}, {@code nrfiles}...);</li>
 *   <li>{@code -2}: every ioengine option ({@link #isEngineOption()}): fio applies them only once the
 *       section's ioengine is loaded, after all general options, in file order.</li>
 * </ul>
 * So a stable sort of a section's options by descending {@code parsePriority} reproduces fio's order.
 * Option names are case-sensitive, as in fio ({@code BS=4k} is a bad option there).
 *
 * @param name           the canonical name (as fio's --cmdhelp prints it)
 * @param aliases        other names fio accepts (e.g. {@code blocksize} for {@code bs})
 * @param type           the value grammar
 * @param defaultValue   fio's default as text, or {@code null} when fio has none
 * @param min            smallest allowed numeric value, or {@code null} for no bound
 * @param max            largest allowed numeric value, or {@code null} for no bound
 * @param unit           the unit of a bare number (TIME options: fio's default unit for that option)
 * @param category       the HOWTO section it belongs to
 * @param status         whether jfio implements it
 * @param engines        the ioengines that own this option (hipri: io_uring, pvsync2...), empty for a general option
 * @param perDirection   accepts a comma-separated read,write,trim list (bs=4k,64k)
 * @param percentAllowed a SIZE option that also accepts N% (size=50%)
 * @param rangeAllowed   also accepts a {@code low-high} range, one value drawn from it (filesize=1k-4k,
 *                       startdelay=1-5); RANGE options are ranges anyway and do not set it
 * @param allowedValues  the values of an ENUM option, empty otherwise
 * @param parsePriority  fio applies (and --showcmd prints) a section's options in descending priority, stable
 *                       within one priority (see above)
 * @param help           fio's one-line help
 */
public record OptionSpec(
        String name,
        List<String> aliases,
        OptionType type,
        String defaultValue,
        Long min,
        Long max,
        OptionUnit unit,
        OptionCategory category,
        OptionStatus status,
        List<String> engines,
        boolean perDirection,
        boolean percentAllowed,
        boolean rangeAllowed,
        List<AllowedValue> allowedValues,
        int parsePriority,
        String help) {

    /**
     * fio's apply order: higher {@link #parsePriority()} first. {@link java.util.List#sort} is stable, so
     * sorting a section's options with it keeps file order among equals, as fio does.
     */
    public static final Comparator<OptionSpec> PARSE_ORDER =
            Comparator.comparingInt(OptionSpec::parsePriority).reversed();

    public OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(help, "help");
        aliases = List.copyOf(aliases);
        engines = List.copyOf(engines);
        allowedValues = List.copyOf(allowedValues);
    }

    /** A spec without a low-high range form (the shape the record had before {@code rangeAllowed}). */
    public OptionSpec(String name, List<String> aliases, OptionType type, String defaultValue, Long min, Long max,
            OptionUnit unit, OptionCategory category, OptionStatus status, List<String> engines,
            boolean perDirection, boolean percentAllowed, List<AllowedValue> allowedValues, int parsePriority,
            String help) {
        this(name, aliases, type, defaultValue, min, max, unit, category, status, engines, perDirection,
                percentAllowed, false, allowedValues, parsePriority, help);
    }

    /** True if {@code word} is this option's name or one of its aliases (case-sensitive, as fio matches). */
    public boolean answersTo(String word) {
        return name.equals(word) || aliases.contains(word);
    }

    /** True for options that belong to one ioengine. */
    public boolean isEngineOption() {
        return !engines.isEmpty();
    }

    /** True if a job using {@code ioengine} may set the option (general options: every job; null: no engine). */
    public boolean appliesTo(String ioengine) {
        return engines.isEmpty() || (ioengine != null && engines.contains(ioengine));
    }

    /** True if {@code value} is one of this ENUM option's allowed values (exact spelling, as fio compares). */
    public boolean allows(String value) {
        for (AllowedValue allowed : allowedValues) {
            if (allowed.value().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
