package io.jfio.engine.run;

import io.jfio.model.job.EffectiveOption;
import io.jfio.model.job.JobSpec;
import io.jfio.model.option.OptionSpec;
import io.jfio.model.option.Options;
import io.jfio.model.value.BoolValue;
import io.jfio.model.value.EnumValue;
import io.jfio.model.value.IntegerValue;
import io.jfio.model.value.OptionValue;
import io.jfio.model.value.PerDirection;
import io.jfio.model.value.PercentValue;
import io.jfio.model.value.RangeValue;
import io.jfio.model.value.SizeValue;
import io.jfio.model.value.StringValue;
import io.jfio.model.value.TimeValue;
import io.jfio.model.value.ValueException;
import io.jfio.model.value.ValueParser;

import java.util.Optional;

/**
 * Typed access to one job's options: the value the job sets or inherits, else fio's default from the
 * catalog ({@link OptionSpec#defaultValue()}), else the fallback the caller names (for options the
 * catalog does not list yet). Reads whatever value type the catalog gives an option (bs may be an
 * integer or a size, a per-direction list or one value) so that catalog changes do not break the runner.
 * Errors name the job file, line, column and option. Confined to the thread that reads the settings.
 */
final class OptionReader {

    private final JobSpec job;
    private final Options catalog;

    OptionReader(JobSpec job, Options catalog) {
        this.job = job;
        this.catalog = catalog;
    }

    JobSpec job() {
        return job;
    }

    /** Whether the job sets (or inherits) {@code name}. */
    boolean isSet(String name) {
        return job.option(name).isPresent();
    }

    /** The typed value the job sets, else the catalog default, else empty. */
    Optional<OptionValue> value(String name) {
        Optional<EffectiveOption> set = job.option(name);
        if (set.isPresent()) {
            return Optional.ofNullable(set.get().typed());
        }
        Optional<OptionSpec> spec = catalog.lookup(name);
        if (spec.isEmpty() || spec.get().defaultValue() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ValueParser.parse(spec.get(), spec.get().defaultValue(), 1024).value());
        } catch (ValueException e) {
            return Optional.empty();
        }
    }

    boolean bool(String name, boolean fallback) {
        return value(name).map(v -> asLong(name, v) != 0).orElse(fallback);
    }

    long integer(String name, long fallback) {
        return value(name).map(v -> asLong(name, v)).orElse(fallback);
    }

    int intValue(String name, int fallback, int min) {
        long value = integer(name, fallback);
        if (value < min || value > Integer.MAX_VALUE) {
            throw error(name, "'" + text(name).orElse(String.valueOf(value)) + "' must be between " + min + " and "
                    + Integer.MAX_VALUE);
        }
        return (int) value;
    }

    /** A size in bytes; a percentage is an error here (callers that allow one use {@link #percent}). */
    long bytes(String name, long fallback) {
        Optional<OptionValue> value = value(name);
        if (value.isPresent() && first(value.get()) instanceof PercentValue) {
            throw error(name, "a percentage is not allowed here");
        }
        return value.map(v -> asLong(name, v)).orElse(fallback);
    }

    /** The percentage the job gives for {@code name} (size=50%), or 0 when it gives bytes or nothing. */
    int percent(String name) {
        Optional<OptionValue> value = value(name);
        return value.isPresent() && first(value.get()) instanceof PercentValue p ? p.percent() : 0;
    }

    long nanos(String name, long fallback) {
        return value(name).map(v -> {
            OptionValue f = first(v);
            if (f instanceof TimeValue t) {
                return t.nanos();
            }
            if (f instanceof RangeValue r) {
                return r.low();
            }
            throw error(name, "expected a time");
        }).orElse(fallback);
    }

    /** The range a job gives ({@code filesize=1m-8m}); a single value is a range of one. */
    Optional<RangeValue> range(String name) {
        return value(name).map(v -> {
            OptionValue f = first(v);
            if (f instanceof RangeValue r) {
                return r;
            }
            long single = asLong(name, f);
            return new RangeValue(single, single);
        });
    }

    /** The value of a per-direction option for reads, writes and trims: a single value applies to all. */
    long[] perDirection(String name, long fallback) {
        long[] out = {fallback, fallback, fallback};
        Optional<OptionValue> value = value(name);
        if (value.isEmpty()) {
            return out;
        }
        if (value.get() instanceof PerDirection<?> per) {
            Object[] parts = {per.read(), per.write(), per.trim()};
            for (int i = 0; i < 3; i++) {
                if (parts[i] instanceof OptionValue v) {
                    out[i] = asLong(name, v);
                }
            }
            return out;
        }
        long single = asLong(name, value.get());
        return new long[] {single, single, single};
    }

    /** The text of a string or enum option (enum without its :modifier), set or default. */
    Optional<String> string(String name) {
        return value(name).map(v -> {
            if (v instanceof StringValue s) {
                return s.value();
            }
            if (v instanceof EnumValue e) {
                return e.value();
            }
            return text(name).orElse(v.toString());
        });
    }

    /** The substituted text the job writes for {@code name} ("" for a bare key). */
    Optional<String> text(String name) {
        return job.text(name);
    }

    /** An error about {@code name}, placed where the job sets it (or at the job's section). */
    JobSetupException error(String name, String message) {
        Optional<EffectiveOption> set = job.option(name);
        String place = set.map(o -> o.origin().toString()).orElse(job.origin().toString());
        String key = set.map(EffectiveOption::key).orElse(name);
        return new JobSetupException(place + ": " + key + ": " + message + " (job '" + job.jobName() + "')");
    }

    /** An error about the job as a whole, placed at its section. */
    JobSetupException jobError(String message) {
        return new JobSetupException(job.origin() + ": " + message + " (job '" + job.jobName() + "')");
    }

    private static OptionValue first(OptionValue value) {
        if (value instanceof PerDirection<?> per) {
            Object first = per.read() != null ? per.read() : per.write() != null ? per.write() : per.trim();
            return first instanceof OptionValue v ? v : value;
        }
        return value;
    }

    private long asLong(String name, OptionValue value) {
        OptionValue v = first(value);
        if (v instanceof IntegerValue i) {
            return i.value();
        }
        if (v instanceof SizeValue s) {
            return s.bytes();
        }
        if (v instanceof BoolValue b) {
            return b.value() ? 1 : 0;
        }
        if (v instanceof TimeValue t) {
            return t.nanos();
        }
        if (v instanceof RangeValue r) {
            return r.low();
        }
        if (v instanceof EnumValue e) {
            return parseLong(name, e.value());
        }
        if (v instanceof StringValue s) {
            return parseLong(name, s.value());
        }
        throw error(name, "expected a number, found " + v);
    }

    private long parseLong(String name, String text) {
        try {
            return Long.decode(text.trim());
        } catch (NumberFormatException e) {
            throw error(name, "'" + text + "' is not a number");
        }
    }
}
