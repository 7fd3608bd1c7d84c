package io.jfio.app.editor.form;

import java.util.Locale;
import java.util.Optional;

import io.jfio.model.option.OptionSpec;
import io.jfio.model.value.IntegerValue;
import io.jfio.model.value.OptionValue;
import io.jfio.model.value.PerDirection;
import io.jfio.model.value.SizeValue;
import io.jfio.model.value.TimeValue;
import io.jfio.model.value.ValueException;
import io.jfio.model.value.ValueParser;

/**
 * What the form's unit-aware fields say about a value while it is typed, from the same parser the
 * command line uses: whether it is valid ({@code 4k}, {@code 1m}, {@code 500ms} are) and what it means
 * in base units ({@code 4k} = 4096 bytes). Values with {@code $} are checked after substitution by
 * validation, not here. Stateless; any thread.
 */
public final class ValueCheck {

    private ValueCheck() {
    }

    /** Why {@code text} is not a value of {@code spec}, or empty when it is. */
    public static Optional<String> problem(OptionSpec spec, String text, int kbBase) {
        if (text.indexOf('$') >= 0) {
            return Optional.empty();
        }
        try {
            ValueParser.parse(spec, text, kbBase);
            return Optional.empty();
        } catch (ValueException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** What a valid numeric {@code text} means in base units ("4096 bytes", "500 ms"), if that says more than the text. */
    public static Optional<String> meaning(OptionSpec spec, String text, int kbBase) {
        if (text.isEmpty() || text.indexOf('$') >= 0) {
            return Optional.empty();
        }
        OptionValue value;
        try {
            value = ValueParser.parse(spec, text, kbBase).value();
        } catch (ValueException e) {
            return Optional.empty();
        }
        String meaning = describe(value);
        return meaning == null || meaning.equals(text) ? Optional.empty() : Optional.of(meaning);
    }

    private static String describe(OptionValue value) {
        if (value instanceof SizeValue size) {
            return bytes(size.bytes());
        }
        if (value instanceof TimeValue time) {
            return duration(time.nanos());
        }
        if (value instanceof IntegerValue integer) {
            return Long.toString(integer.value());
        }
        if (value instanceof PerDirection<?> directions) {
            String read = describe((OptionValue) directions.read());
            String write = describe((OptionValue) directions.write());
            String trim = describe((OptionValue) directions.trim());
            if (read == null || write == null || trim == null) {
                return null;
            }
            return read.equals(write) && write.equals(trim) ? read : "read " + read + ", write " + write + ", trim " + trim;
        }
        return null;
    }

    /** Bytes with the largest binary unit that divides them ("4096 bytes = 4 KiB"). */
    static String bytes(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
        String plain = bytes + (bytes == 1 ? " byte" : " bytes");
        long scaled = bytes;
        String unit = null;
        for (String candidate : units) {
            if (scaled == 0 || scaled % 1024 != 0) {
                break;
            }
            scaled /= 1024;
            unit = candidate;
        }
        return unit == null ? plain : plain + " = " + scaled + " " + unit;
    }

    /** A duration in the largest unit that keeps it whole ("500 ms", "2 min"). */
    static String duration(long nanos) {
        long[] sizes = {86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L};
        String[] names = {"d", "h", "min", "s", "ms", "us"};
        if (nanos == 0) {
            return "0 s";
        }
        for (int i = 0; i < sizes.length; i++) {
            if (nanos % sizes[i] == 0) {
                return String.format(Locale.ROOT, "%d %s", nanos / sizes[i], names[i]);
            }
        }
        return nanos + " ns";
    }
}
