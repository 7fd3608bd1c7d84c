package io.jfio.model.job;

import io.jfio.model.option.OptionSpec;
import io.jfio.model.value.OptionValue;

import java.util.Objects;

/**
 * One option as it applies to a job: where it was written, its text, and its typed value. Immutable;
 * any thread.
 *
 * @param spec      the catalog row
 * @param key       the name as written (may be an alias: blocksize)
 * @param text      the value as written, without surrounding blanks; {@code null} for a bare key
 * @param value     the text after ${VAR}, keyword and keyword-arithmetic substitution; {@code null} for a
 *                  bare key
 * @param typed     the typed value, or {@code null} when the text did not parse (a problem says why)
 * @param origin    the file, line and column of the value (of the key for a bare key)
 * @param inherited true when the option comes from a [global] section above the job
 */
public record EffectiveOption(OptionSpec spec, String key, String text, String value, OptionValue typed,
                              SourceLocation origin, boolean inherited) {

    public EffectiveOption {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(origin, "origin");
    }

    /** The canonical option name. */
    public String name() {
        return spec.name();
    }

    /** This option as a job inherits it from a [global] section. */
    EffectiveOption asInherited() {
        return new EffectiveOption(spec, key, text, value, typed, origin, true);
    }
}
