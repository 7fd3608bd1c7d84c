package io.jfio.model.value;

import io.jfio.model.option.AllowedValue;
import io.jfio.model.option.OptionSpec;
import io.jfio.model.option.OptionType;
import io.jfio.model.option.OptionUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns an option's text into its typed value, following the option's catalog row: type, per-direction
 * flag, percent flag, allowed values and min/max. A few options have their own grammar: rw
 * ({@link RwMode}), random_distribution ({@link RandomDistribution}), filename and directory ({@link FileNameList}),
 * bssplit ({@link BlockSizeSplit}), ioengine (checked by the validator against the engine table), and
 * fio's two {@code irange} options startdelay and filesize ({@link RangeValue}). Stateless; any thread.
 */
public final class ValueParser {

    private static final Set<String> IRANGE_OPTIONS = Set.of("startdelay", "filesize");

    private ValueParser() {
    }

    /**
     * The typed value of {@code text} for the option {@code spec}.
     *
     * @param text   the value after substitution and without surrounding blanks, or {@code null} for a
     *               bare key
     * @param kbBase the kb_base in force for the section (1024 or 1000)
     * @throws ValueException when the text is not a valid value; the message says what was expected
     */
    public static ParsedValue parse(OptionSpec spec, String text, int kbBase) {
        List<String> warnings = new ArrayList<>();
        OptionValue value = text == null ? bare(spec) : typed(spec, text, kbBase, warnings);
        return new ParsedValue(value, warnings);
    }

    private static OptionValue bare(OptionSpec spec) {
        if (spec.type() == OptionType.FLAG) {
            return new BoolValue(true);
        }
        if (spec.type() == OptionType.DEPRECATED) {
            return new StringValue("");
        }
        throw new ValueException("needs a value (" + spec.name() + "=...)");
    }

    private static OptionValue typed(OptionSpec spec, String text, int kbBase, List<String> warnings) {
        switch (spec.name()) {
            case "rw":
                return RwModeParser.parse(text, kbBase);
            case "random_distribution":
                return RandomDistributionParser.parse(text, kbBase, warnings);
            case "filename":
            case "directory":
                return FileNameListParser.parse(text, warnings);
            case "ioengine":
                return enumValue(text);
            default:
                break;
        }
        switch (spec.type()) {
            case INT:
            case SIZE:
            case TIME:
                return numeric(spec, text, kbBase, warnings);
            case BOOL:
                return bool(spec, text, kbBase);
            case FLAG:
                return new BoolValue(SizeParser.parseScaled(text, kbBase, true, "number") != 0);
            case FLOAT_LIST:
                return floatList(spec, text);
            case RANGE:
                return ranges(spec, text, kbBase, warnings);
            case SPLIT:
                return BlockSizeSplitParser.parse(text, kbBase);
            case ENUM:
                return checkedEnum(spec, text);
            case STRING:
            case DEPRECATED:
            default:
                return new StringValue(text);
        }
    }

    private static OptionValue numeric(OptionSpec spec, String text, int kbBase, List<String> warnings) {
        if (text.isEmpty()) {
            return scalar(spec, text, kbBase, warnings);
        }
        boolean expression = text.indexOf('(') >= 0;
        List<String> parts = DirectionalSplit.elements(text, !expression);
        if (spec.perDirection()) {
            if (parts.size() > 1 && text.indexOf(',') < 0) {
                warnings.add("'" + text + "' is read as separate read,write,trim values: fio splits per-direction "
                        + "values at ':' and '-' too; write them with ',' to say so");
            }
            return DirectionalSplit.perDirection(parts, part -> scalar(spec, part, kbBase, warnings));
        }
        if (IRANGE_OPTIONS.contains(spec.name())) {
            if (parts.size() > 2) {
                throw new ValueException("'" + text + "' is not a value or a range such as 1-5");
            }
            long low = baseUnits(scalar(spec, parts.get(0), kbBase, warnings));
            long high = parts.size() == 2 ? baseUnits(scalar(spec, parts.get(1), kbBase, warnings)) : low;
            return RangeValue.ordered(low, high);
        }
        if (parts.size() > 1) {
            warnings.add("fio uses only the first value '" + parts.get(0) + "' of '" + text + "'");
        }
        return scalar(spec, parts.get(0), kbBase, warnings);
    }

    private static long baseUnits(OptionValue value) {
        if (value instanceof SizeValue size) {
            return size.bytes();
        }
        if (value instanceof TimeValue time) {
            return time.nanos();
        }
        if (value instanceof IntegerValue integer) {
            return integer.value();
        }
        throw new ValueException("a percentage cannot be part of a range");
    }

    private static OptionValue scalar(OptionSpec spec, String text, int kbBase, List<String> warnings) {
        switch (spec.type()) {
            case TIME: {
                long nanos = TimeParser.parseNanos(text, spec.unit(), warnings);
                long perUnit = TimeParser.nanosPer(spec.unit());
                checkRange(spec, text, nanos, perUnit, spec.unit().symbol());
                return new TimeValue(nanos);
            }
            case SIZE:
                return size(spec, text, kbBase);
            default: {
                if (spec.unit() == OptionUnit.BYTES) {
                    return size(spec, text, kbBase);
                }
                boolean negativeAllowed = spec.min() != null && spec.min() < 0;
                long value = SizeParser.parseScaled(text, kbBase, negativeAllowed, "integer");
                checkRange(spec, text, value, 1, "");
                return new IntegerValue(value);
            }
        }
    }

    /** SIZE options, and INT options counted in bytes (bs): a byte count, or N% where allowed. */
    private static OptionValue size(OptionSpec spec, String text, int kbBase) {
        if (text.endsWith("%")) {
            return percent(spec, text);
        }
        long bytes = SizeParser.parseScaled(text, kbBase, false, "size");
        checkRange(spec, text, bytes, 1, "");
        return new SizeValue(bytes);
    }

    private static PercentValue percent(OptionSpec spec, String text) {
        if (!spec.percentAllowed()) {
            throw new ValueException("'" + text + "': a percentage is not allowed here; expected a size such as 4k");
        }
        String digits = text.substring(0, text.length() - 1);
        if (!digits.matches("[0-9]{1,9}")) {
            throw new ValueException("'" + text + "' is not a percentage (a whole number 0 to 100 followed by %)");
        }
        int percent = Integer.parseInt(digits);
        if (percent > 100) {
            throw new ValueException("'" + text + "' is above the maximum 100%");
        }
        return new PercentValue(percent);
    }

    private static void checkRange(OptionSpec spec, String text, long value, long perUnit, String unitSymbol) {
        if (spec.min() != null && value < spec.min() * perUnit) {
            throw new ValueException("'" + text + "' is below the minimum " + spec.min() + unitSymbol);
        }
        if (spec.max() != null && value > spec.max() * perUnit) {
            throw new ValueException("'" + text + "' is above the maximum " + spec.max() + unitSymbol);
        }
    }

    private static BoolValue bool(OptionSpec spec, String text, int kbBase) {
        long value;
        try {
            value = SizeParser.parseScaled(text, kbBase, true, "number");
        } catch (ValueException e) {
            throw new ValueException("'" + text + "' is not 0 or 1 (fio takes only numbers here)");
        }
        if (value < 0) {
            throw new ValueException("'" + text + "' is below the minimum 0");
        }
        if (value > 1) {
            throw new ValueException("'" + text + "' is above the maximum 1");
        }
        return new BoolValue(value == 1);
    }

    private static FloatListValue floatList(OptionSpec spec, String text) {
        List<Double> values = new ArrayList<>();
        for (String item : text.split(":", -1)) {
            double value = FloatParser.parse(item);
            if (spec.min() != null && value < spec.min()) {
                throw new ValueException("'" + item + "' is below the minimum " + spec.min());
            }
            if (spec.max() != null && value > spec.max()) {
                throw new ValueException("'" + item + "' is above the maximum " + spec.max());
            }
            values.add(value);
        }
        return new FloatListValue(values);
    }

    private static OptionValue ranges(OptionSpec spec, String text, int kbBase, List<String> warnings) {
        List<String> parts = DirectionalSplit.elements(text, false);
        if (spec.perDirection()) {
            return DirectionalSplit.perDirection(parts, part -> range(spec, part, kbBase));
        }
        if (parts.size() > 1) {
            warnings.add("fio uses only the first range '" + parts.get(0) + "' of '" + text + "'");
        }
        return range(spec, parts.get(0), kbBase);
    }

    private static RangeValue range(OptionSpec spec, String text, int kbBase) {
        int separator = text.indexOf('-', 1);
        if (separator < 0) {
            separator = text.indexOf(':');
        }
        if (separator < 0) {
            throw new ValueException("'" + text + "' is not a range such as 1k-4k");
        }
        String lowText = text.substring(0, separator);
        String highText = text.substring(separator + 1);
        long low = SizeParser.parseBytes(lowText, kbBase);
        long high = SizeParser.parseBytes(highText, kbBase);
        checkRange(spec, lowText, low, 1, "");
        checkRange(spec, highText, high, 1, "");
        return RangeValue.ordered(low, high);
    }

    private static EnumValue enumValue(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? new EnumValue(text, null) : new EnumValue(text.substring(0, colon), text.substring(colon + 1));
    }

    private static EnumValue checkedEnum(OptionSpec spec, String text) {
        EnumValue value = enumValue(text);
        if (spec.allowedValues().isEmpty()) {
            return value;
        }
        for (AllowedValue allowed : spec.allowedValues()) {
            if (allowed.value().equals(value.value())) {
                return value;
            }
        }
        throw new ValueException("'" + value.value() + "' is not one of " + spec.allowedValues().stream()
                .map(AllowedValue::value).collect(Collectors.joining(", ")));
    }
}
