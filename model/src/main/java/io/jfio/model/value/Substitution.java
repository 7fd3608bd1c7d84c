package io.jfio.model.value;

import java.util.Map;
import java.util.Objects;

/**
 * fio's text substitution on an option value, before it is typed: {@code ${VAR}} becomes the
 * environment variable (empty when unset; fio does not expand {@code $VAR} without braces), then
 * the reserved keywords {@code $ncpus}, {@code $pagesize} and {@code $mb_memory} become the machine's
 * numbers, and when a keyword was replaced and the value is integer arithmetic (8*$mb_memory) it is
 * computed as fio does with {@code bc}: whole numbers, division truncates. Immutable; any thread.
 */
public final class Substitution {

    private final Map<String, String> environment;
    private final SystemInfo system;

    /**
     * @param environment the variables {@code ${VAR}} reads (usually {@code System.getenv()})
     * @param system      the numbers behind the reserved keywords
     */
    public Substitution(Map<String, String> environment, SystemInfo system) {
        this.environment = Map.copyOf(environment);
        this.system = Objects.requireNonNull(system, "system");
    }

    /** {@code value} with variables, keywords and keyword arithmetic replaced. */
    public String apply(String value) {
        String expanded = expandEnvironment(value);
        String replaced = expanded
                .replace("$pagesize", Long.toString(system.pageSizeBytes()))
                .replace("$mb_memory", Long.toString(system.memoryMebibytes()))
                .replace("$ncpus", Integer.toString(system.cpus()));
        if (replaced.equals(expanded) || !hasOperator(replaced)) {
            return replaced;
        }
        try {
            double result = Arithmetic.evaluate(replaced, suffix -> 1, true);
            return Long.toString((long) result);
        } catch (ValueException e) {
            // Not plain arithmetic (fio's bc would fail too): leave the text for the type check to judge.
            return replaced;
        }
    }

    /** True if {@code value} contains {@code ${...}} or one of fio's reserved keywords. */
    public static boolean substitutes(String value) {
        return value.contains("${") || value.contains("$pagesize") || value.contains("$mb_memory")
                || value.contains("$ncpus");
    }

    private String expandEnvironment(String value) {
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            int close;
            if (value.startsWith("${", i) && (close = value.indexOf('}', i + 2)) > i + 2) {
                String variable = environment.get(value.substring(i + 2, close));
                if (variable != null) {
                    out.append(variable);
                }
                i = close + 1;
            } else {
                out.append(value.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean hasOperator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+' || c == '-' || c == '*' || c == '/') {
                return true;
            }
        }
        return false;
    }
}
