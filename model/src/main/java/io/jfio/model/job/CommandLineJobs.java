package io.jfio.model.job;

import io.jfio.model.option.OptionSpec;
import io.jfio.model.option.OptionType;
import io.jfio.model.option.Options;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns job options given on fio's command line ({@code --name=a --rw=randread --bs=4k --name=b}) into
 * the equivalent {@link JobFile}, as fio takes them: options before the first {@code --name} go into a
 * [global] section, every {@code --name=X} starts section [X] (a name starting with "global" is a global
 * section), {@code -opt} works like {@code --opt}, and {@code --opt value} works for options that need
 * a value. The caller removes fio's own options (--output, --parse-only...) and job file names first.
 * Stateless; any thread.
 */
public final class CommandLineJobs {

    /** The name problems and the JobFile carry. */
    public static final String SOURCE_NAME = "<command line>";

    private CommandLineJobs() {
    }

    /**
     * The job file the arguments describe.
     *
     * @throws JobFileException listing every argument that is not a job option or cannot be written in a
     *                          job file (a ';' or '#' would start a comment there)
     */
    public static JobFile toJobFile(List<String> arguments) {
        return toJobFile(arguments, Options.catalog());
    }

    /** {@link #toJobFile(List)} with another catalog (it decides which options take the next argument). */
    public static JobFile toJobFile(List<String> arguments, Options catalog) {
        StringBuilder text = new StringBuilder();
        List<Problem> problems = new ArrayList<>();
        boolean inSection = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("-") || argument.equals("-") || argument.equals("--")) {
                problems.add(problem(i, argument, "'" + argument + "' is not a job option (--name=value)"));
                continue;
            }
            String option = argument.substring(argument.startsWith("--") ? 2 : 1);
            int equals = option.indexOf('=');
            String key = equals < 0 ? option : option.substring(0, equals);
            String value = equals < 0 ? null : option.substring(equals + 1);
            if (value == null && i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("-")
                    && needsValue(catalog, key)) {
                value = arguments.get(++i);
            }
            if (unwritable(key) || (value != null && unwritable(value))) {
                problems.add(problem(i, argument, "'" + argument + "' cannot be written in a job file: ';' and '#'"
                        + " start a comment there"));
                continue;
            }
            if (key.equals("name")) {
                if (value == null || value.isBlank() || value.contains("]")) {
                    problems.add(problem(i, argument, "--name needs a job name without ']'"));
                    continue;
                }
                text.append('[').append(value).append("]\n");
                inSection = true;
                continue;
            }
            if (!inSection) {
                text.append("[global]\n");
                inSection = true;
            }
            text.append(key);
            if (value != null) {
                text.append('=').append(value);
            }
            text.append('\n');
        }
        if (!problems.isEmpty()) {
            throw new JobFileException(problems);
        }
        return JobFileParser.parse(text.toString(), SOURCE_NAME);
    }

    private static boolean needsValue(Options catalog, String key) {
        Optional<OptionSpec> spec = catalog.lookup(key);
        return spec.isPresent() && spec.get().type() != OptionType.FLAG && spec.get().type() != OptionType.DEPRECATED;
    }

    private static boolean unwritable(String text) {
        return LineClassifier.commentStart(text) >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }

    private static Problem problem(int index, String argument, String message) {
        return Problem.error(SOURCE_NAME, 0, 0, null, "argument " + (index + 1) + ": " + message);
    }
}
