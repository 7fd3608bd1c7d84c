package io.jfio.model.option;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The texts of jfio's {@code --cmdhelp} and {@code --enghelp}, laid out like fio's, with what jfio does
 * with each option. Returns strings (ending in a newline); the CLI prints them. Stateless; any thread.
 */
public final class CmdHelp {

    private static final String MARKS = "Marks: [not in jfio] a job that sets it fails; [ignored] accepted with a"
            + " warning, no effect.";

    private CmdHelp() {
    }

    /** {@code --cmdhelp[=ARG]}: no argument or {@code all} lists every option, otherwise one option's block. */
    public static String cmdhelp(String argument) {
        if (argument == null || argument.isEmpty() || argument.equals("all")) {
            return all();
        }
        return option(argument);
    }

    /**
     * {@code --enghelp[=ARG]}: no argument lists the engines, {@code ENGINE} that engine's options,
     * {@code ENGINE,OPTION} one of them.
     */
    public static String enghelp(String argument) {
        if (argument == null || argument.isEmpty()) {
            return engines();
        }
        int comma = argument.indexOf(',');
        if (comma >= 0) {
            return engineOption(argument.substring(0, comma), argument.substring(comma + 1));
        }
        return engine(argument);
    }

    /** Every option, grouped by category, each with its one-line help and a mark unless jfio implements it. */
    public static String all() {
        StringBuilder out = new StringBuilder();
        out.append(MARKS).append('\n');
        for (Map.Entry<OptionCategory, List<OptionSpec>> group : Options.catalog().byCategory().entrySet()) {
            out.append('\n').append(group.getKey().title()).append(":\n");
            for (OptionSpec spec : group.getValue()) {
                out.append(listingLine(spec, spec.isEngineOption()));
            }
        }
        return out.toString();
    }

    /** One option's block (name or alias; engine options too); a "did you mean" line for an unknown name. */
    public static String option(String nameOrAlias) {
        Optional<OptionSpec> spec = Options.catalog().lookup(nameOrAlias);
        if (spec.isEmpty()) {
            return unknownOption(nameOrAlias);
        }
        return block(spec.get());
    }

    /** The engines jfio has, in fio's --enghelp layout, then the engines fio has and jfio lacks. */
    public static String engines() {
        StringBuilder out = new StringBuilder("Available IO engines:\n");
        for (String engine : JfioEngines.NAMES) {
            out.append('\t').append(engine).append('\n');
        }
        out.append("fio engines jfio does not have: ").append(String.join(" ", JfioEngines.missing())).append('\n');
        return out.toString();
    }

    /** The options of one engine (fio's --enghelp=ENGINE), saying if jfio lacks the engine. */
    public static String engine(String engine) {
        if (!isKnownEngine(engine)) {
            return unknownEngine(engine);
        }
        StringBuilder out = new StringBuilder();
        if (!JfioEngines.isAvailable(engine)) {
            out.append("IO engine ").append(engine).append(" is fio's; jfio does not have it.\n");
        }
        List<OptionSpec> options = Options.catalog().engineOptions(engine);
        if (options.isEmpty()) {
            out.append("IO engine ").append(engine).append(" has no options\n");
        }
        for (OptionSpec spec : options) {
            out.append(listingLine(spec, false));
        }
        return out.toString();
    }

    /** One option of one engine (fio's --enghelp=ENGINE,OPTION). */
    public static String engineOption(String engine, String nameOrAlias) {
        if (!isKnownEngine(engine)) {
            return unknownEngine(engine);
        }
        Optional<OptionSpec> spec = Options.catalog().lookup(nameOrAlias, engine);
        if (spec.isEmpty() || !spec.get().isEngineOption()) {
            return "IO engine " + engine + " has no option " + nameOrAlias + "\n";
        }
        return block(spec.get());
    }

    private static String listingLine(OptionSpec spec, boolean withEngines) {
        StringBuilder line = new StringBuilder("  ").append(String.format("%-28s: %s", spec.name(), spec.help()));
        if (withEngines) {
            line.append(" [").append(String.join(",", spec.engines())).append(']');
        }
        switch (spec.status()) {
            case NOT_IMPLEMENTED -> line.append(" [not in jfio]");
            case IGNORED -> line.append(" [ignored]");
            case IMPLEMENTED -> {
            }
        }
        return line.append('\n').toString();
    }

    private static String block(OptionSpec spec) {
        StringBuilder out = new StringBuilder();
        field(out, spec.name(), spec.help());
        if (!spec.aliases().isEmpty()) {
            field(out, "alias", String.join(", ", spec.aliases()));
        }
        if (spec.isEngineOption()) {
            field(out, "engines", String.join(", ", spec.engines()));
        }
        field(out, "type", typeLine(spec));
        field(out, "default", spec.defaultValue() == null ? "no default" : spec.defaultValue());
        if (spec.min() != null || spec.max() != null) {
            field(out, "range", range(spec));
        }
        String label = "valid values";
        for (AllowedValue value : spec.allowedValues()) {
            field(out, label, String.format("%-10s %s", value.value(), value.help()).stripTrailing());
            label = "";
        }
        field(out, "category", spec.category().title());
        if (spec.unit() != OptionUnit.NONE) {
            field(out, "unit", spec.unit().symbol());
        }
        field(out, "jfio", statusLine(spec));
        OptionNotes.of(spec.name()).ifPresent(note -> field(out, "note", note));
        return out.toString();
    }

    private static void field(StringBuilder out, String label, String value) {
        out.append(String.format("%20s: %s", label, value)).append('\n');
    }

    private static String typeLine(OptionSpec spec) {
        StringBuilder type = new StringBuilder(spec.type().description());
        if (spec.type() == OptionType.TIME && spec.unit() != OptionUnit.NONE) {
            type.append(", a bare number in ").append(spec.unit().symbol());
        }
        if (spec.percentAllowed()) {
            type.append(", or N%");
        }
        if (spec.rangeAllowed()) {
            type.append(", or a low-high range");
        }
        if (spec.perDirection()) {
            type.append("; read,write,trim values separated by ','");
        }
        return type.toString();
    }

    private static String range(OptionSpec spec) {
        String min = spec.min() == null ? "" : "min=" + spec.min();
        String max = spec.max() == null ? "" : "max=" + spec.max();
        return min.isEmpty() || max.isEmpty() ? min + max : min + ", " + max;
    }

    private static String statusLine(OptionSpec spec) {
        return switch (spec.status()) {
            case IMPLEMENTED -> "implemented";
            case NOT_IMPLEMENTED -> "not implemented (a job that sets it fails with a message)";
            case IGNORED -> "ignored (accepted with a warning, no effect)";
        };
    }

    private static String unknownOption(String name) {
        Optional<String> closest = Options.catalog().closest(name);
        return "No such option: " + name + closest.map(c -> "; did you mean " + c + "?").orElse("") + "\n";
    }

    /** True if {@code engine} is an ioengine jfio or fio 3.33 has (exact spelling). */
    public static boolean isKnownEngine(String engine) {
        return JfioEngines.isAvailable(engine)
                || Options.catalog().lookup("ioengine").orElseThrow().allows(engine);
    }

    private static String unknownEngine(String engine) {
        return "No such IO engine: " + engine + " (jfio has: " + String.join(" ", JfioEngines.NAMES) + ")\n";
    }
}
