package io.jfio.model.option;

import java.util.List;
import java.util.Objects;

/**
 * One row of the option catalog: everything jfio knows about one fio option. Immutable; any thread.
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
 * @param allowedValues  the values of an ENUM option, empty otherwise
 * @param parsePriority  fio applies (and --showcmd prints) options in descending priority, stable within one
 *                       priority; most are 0 (e.g. filename comes after directory)
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
        List<AllowedValue> allowedValues,
        int parsePriority,
        String help) {

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

    /** True if {@code word} is this option's name or one of its aliases (case-insensitive, as fio matches). */
    public boolean answersTo(String word) {
        if (name.equalsIgnoreCase(word)) {
            return true;
        }
        for (String alias : aliases) {
            if (alias.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** True for options that belong to one ioengine. */
    public boolean isEngineOption() {
        return !engines.isEmpty();
    }
}
