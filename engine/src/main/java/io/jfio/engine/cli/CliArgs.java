package io.jfio.engine.cli;

import io.jfio.engine.output.status.EtaMode;
import io.jfio.engine.output.terse.TerseReport;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed command line: jfio's own options (fio's spelling), the job files, and job options given on
 * the command line ({@code --name=a --rw=randread}), kept in order as fio takes them. Immutable; any thread.
 *
 * @param parseOnly        {@code --parse-only}
 * @param showCmd          {@code --showcmd}
 * @param help             {@code --help} / {@code -h}
 * @param version          {@code --version}
 * @param cmdHelp          {@code --cmdhelp[=option]} ("all" when bare)
 * @param engHelp          {@code --enghelp[=engine[,option]]} (empty string when bare)
 * @param outputFile       {@code --output=FILE}
 * @param outputFormats    {@code --output-format}, {@code --minimal}, {@code --append-terse}
 * @param terseVersion     {@code --terse-version}: 2, 3 (the default), 4 or 5
 * @param eta              {@code --eta=auto|always|never}
 * @param etaNewline       {@code --eta-newline=TIME} as given (seconds when bare)
 * @param etaInterval      {@code --eta-interval=TIME} as given (milliseconds when bare)
 * @param statusInterval   {@code --status-interval=TIME} as given (seconds when bare)
 * @param bandwidthLog     {@code --bandwidth-log}
 * @param readOnly         {@code --readonly}
 * @param warningsFatal    {@code --warnings-fatal}
 * @param sections         {@code --section=NAME}, repeatable
 * @param jobFiles         job file paths ("-" is standard input)
 * @param jobOptions       job options from the command line, each {@code key=value} or a bare {@code key}
 */
public record CliArgs(
        boolean parseOnly,
        boolean showCmd,
        boolean help,
        boolean version,
        Optional<String> cmdHelp,
        Optional<String> engHelp,
        Optional<String> outputFile,
        Set<OutputFormat> outputFormats,
        int terseVersion,
        EtaMode eta,
        Optional<String> etaNewline,
        Optional<String> etaInterval,
        Optional<String> statusInterval,
        boolean bandwidthLog,
        boolean readOnly,
        boolean warningsFatal,
        List<String> sections,
        List<String> jobFiles,
        List<String> jobOptions) {

    /** fio command-line options that jfio does not offer, with the reason given to the user. */
    private static final Map<String, String> UNSUPPORTED = Map.ofEntries(
            Map.entry("server", "jfio has no client/server mode"),
            Map.entry("client", "jfio has no client/server mode"),
            Map.entry("daemonize", "jfio has no client/server mode"),
            Map.entry("remote-config", "jfio has no client/server mode"),
            Map.entry("idle-prof", "jfio does not profile CPU idleness"),
            Map.entry("merge-blktrace-only", "jfio does not replay blktraces"),
            Map.entry("cpuclock-test", "jfio uses the JVM's monotonic clock"),
            Map.entry("crctest", "jfio has no checksum tests"),
            Map.entry("trigger-file", "jfio has no triggers"),
            Map.entry("trigger-timeout", "jfio has no triggers"),
            Map.entry("trigger", "jfio has no triggers"),
            Map.entry("trigger-remote", "jfio has no triggers"),
            Map.entry("inflate-log", "use 'jfio plot' or the log reader to read compressed logs"),
            Map.entry("debug", "jfio has no fio debug channels"));

    /** fio options accepted for compatibility that change nothing in jfio. */
    private static final Set<String> ACCEPTED_NO_EFFECT = Set.of("alloc-size", "max-jobs", "aux-path");

    public CliArgs {
        outputFormats = Set.copyOf(outputFormats);
        sections = List.copyOf(sections);
        jobFiles = List.copyOf(jobFiles);
        jobOptions = List.copyOf(jobOptions);
    }

    /** True if the command line describes jobs (from files or from job options). */
    public boolean hasJobs() {
        return !jobFiles.isEmpty() || !jobOptions.isEmpty();
    }

    /**
     * Parses {@code args}.
     *
     * @throws CliException with a one-line reason on a bad argument
     */
    public static CliArgs parse(String... args) {
        Builder b = new Builder();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h")) {
                b.help = true;
                continue;
            }
            if (arg.equals("-") || !arg.startsWith("-")) {
                b.jobFiles.add(arg);
                continue;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new CliException("unrecognised argument '" + arg + "' (options start with --; see jfio --help)");
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            String name = eq < 0 ? body : body.substring(0, eq);
            String value = eq < 0 ? null : body.substring(eq + 1);
            switch (name) {
                case "parse-only" -> b.parseOnly = noValue(name, value);
                case "showcmd" -> b.showCmd = noValue(name, value);
                case "help" -> b.help = noValue(name, value);
                case "version" -> b.version = noValue(name, value);
                case "cmdhelp" -> b.cmdHelp = Optional.of(value == null || value.isEmpty() ? "all" : value);
                case "enghelp" -> b.engHelp = Optional.of(value == null ? "" : value);
                case "bandwidth-log" -> b.bandwidthLog = noValue(name, value);
                case "readonly" -> b.readOnly = noValue(name, value);
                case "warnings-fatal" -> b.warningsFatal = noValue(name, value);
                case "minimal" -> {
                    noValue(name, value);
                    b.outputFormats = EnumSet.of(OutputFormat.TERSE);
                }
                case "append-terse" -> {
                    noValue(name, value);
                    b.appendTerse = true;
                }
                case "gui" -> throw new CliException("--gui is handled by the ./jfio launcher: run ./jfio --gui [jobfile]");
                default -> {
                    if (isValueOption(name)) {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new CliException("--" + name + " needs a value");
                            }
                            value = args[++i];
                        }
                        b.setValue(name, value);
                    } else if (UNSUPPORTED.containsKey(name)) {
                        throw new CliException("--" + name + " is a fio option jfio does not offer: " + UNSUPPORTED.get(name));
                    } else if (!ACCEPTED_NO_EFFECT.contains(name)) {
                        b.jobOptions.add(body);
                    }
                }
            }
        }
        return b.build();
    }

    private static boolean isValueOption(String name) {
        return switch (name) {
            case "output", "output-format", "terse-version", "eta", "eta-newline", "eta-interval",
                    "status-interval", "section" -> true;
            default -> false;
        };
    }

    private static boolean noValue(String name, String value) {
        if (value != null) {
            throw new CliException("--" + name + " takes no value (got '" + value + "')");
        }
        return true;
    }

    private static final class Builder {
        boolean parseOnly;
        boolean showCmd;
        boolean help;
        boolean version;
        boolean bandwidthLog;
        boolean readOnly;
        boolean warningsFatal;
        boolean appendTerse;
        Optional<String> cmdHelp = Optional.empty();
        Optional<String> engHelp = Optional.empty();
        Optional<String> outputFile = Optional.empty();
        Set<OutputFormat> outputFormats = EnumSet.of(OutputFormat.NORMAL);
        int terseVersion = TerseReport.DEFAULT_VERSION;
        EtaMode eta = EtaMode.AUTO;
        Optional<String> etaNewline = Optional.empty();
        Optional<String> etaInterval = Optional.empty();
        Optional<String> statusInterval = Optional.empty();
        final List<String> sections = new ArrayList<>();
        final List<String> jobFiles = new ArrayList<>();
        final List<String> jobOptions = new ArrayList<>();

        void setValue(String name, String value) {
            switch (name) {
                case "output" -> {
                    if (value.isEmpty()) {
                        throw new CliException("--output needs a file name");
                    }
                    outputFile = Optional.of(value);
                }
                case "output-format" -> outputFormats = OutputFormat.parseList(value);
                case "terse-version" -> terseVersion = terseVersion(value);
                case "eta" -> eta = eta(value);
                case "eta-newline" -> etaNewline = Optional.of(value);
                case "eta-interval" -> etaInterval = Optional.of(value);
                case "status-interval" -> statusInterval = Optional.of(value);
                case "section" -> sections.add(value);
                default -> throw new IllegalStateException(name);
            }
        }

        private static int terseVersion(String value) {
            try {
                int version = Integer.parseInt(value.trim());
                if (TerseReport.isVersion(version)) {
                    return version;
                }
            } catch (NumberFormatException e) {
                // refused below, as an out-of-range number is
            }
            throw new CliException("--terse-version=" + value + ": fio's terse versions are 2, 3, 4 and 5");
        }

        private static EtaMode eta(String value) {
            return switch (value) {
                case "auto" -> EtaMode.AUTO;
                case "always" -> EtaMode.ALWAYS;
                case "never" -> EtaMode.NEVER;
                default -> throw new CliException("--eta: '" + value + "' is not one of auto, always, never");
            };
        }

        CliArgs build() {
            Set<OutputFormat> formats = EnumSet.copyOf(outputFormats);
            if (appendTerse) {
                formats.add(OutputFormat.TERSE);
            }
            return new CliArgs(parseOnly, showCmd, help, version, cmdHelp, engHelp, outputFile, formats, terseVersion, eta, etaNewline, etaInterval, statusInterval, bandwidthLog, readOnly,
                    warningsFatal, sections, jobFiles, jobOptions);
        }
    }
}
