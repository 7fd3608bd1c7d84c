package io.jfio.model.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads {@code random_distribution=} with fio's rules: zipf theta must not be 1, pareto's power lies
 * strictly between 0 and 1, normal's deviation in [0, 100), the optional center in [0, 1]; zoned
 * and zoned_abs take {@code access%/size} zones joined by ':' (up to 256), per direction with ',',
 * whose access percentages add up to exactly 100; a zoned zone without a size gets an even share of
 * the percent the others leave. Stateless; any thread.
 */
public final class RandomDistributionParser {

    /** fio's limit on zones per direction. */
    public static final int MAX_ZONES = 256;

    private static final double DEFAULT_ZIPF_THETA = 1.1;
    private static final double DEFAULT_PARETO_POWER = 0.2;

    private RandomDistributionParser() {
    }

    /**
     * The distribution in {@code text}; {@code kbBase} is the job's kb_base (zoned_abs sizes).
     *
     * @param warnings receives a note when a parameter is given that fio ignores
     */
    public static RandomDistribution parse(String text, int kbBase, List<String> warnings) {
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon);
        RandomDistribution.Kind kind = kind(name);
        String rest = colon < 0 ? null : text.substring(colon + 1);
        PerDirection<List<RandomDistribution.Zone>> noZones = PerDirection.all(List.of());
        switch (kind) {
            case RANDOM:
                if (rest != null) {
                    warnings.add("'random' takes no parameter; fio ignores ':" + rest + "'");
                }
                return new RandomDistribution(kind, 0, null, noZones);
            case ZONED:
            case ZONED_ABS:
                if (rest == null || rest.isEmpty()) {
                    throw new ValueException("'" + name + "' needs zones, e.g. " + name + ":60/10:40/90");
                }
                boolean absolute = kind == RandomDistribution.Kind.ZONED_ABS;
                return new RandomDistribution(kind, 0, null, DirectionalSplit.perDirection(
                        DirectionalSplit.elements(rest, false), part -> zones(part, absolute, kbBase)));
            default:
                return withParameter(kind, rest, noZones);
        }
    }

    private static RandomDistribution withParameter(RandomDistribution.Kind kind, String rest,
                                                    PerDirection<List<RandomDistribution.Zone>> noZones) {
        double parameter = switch (kind) {
            case ZIPF -> DEFAULT_ZIPF_THETA;
            case PARETO -> DEFAULT_PARETO_POWER;
            default -> 0.0;
        };
        Double center = null;
        if (rest != null) {
            String[] numbers = rest.split(":", -1);
            if (numbers.length > 2) {
                throw new ValueException("'" + kind.fioName() + "' takes at most two numbers, found '" + rest + "'");
            }
            parameter = FloatParser.parse(numbers[0]);
            if (numbers.length == 2) {
                center = FloatParser.parse(numbers[1]);
                if (center < 0 || center > 1) {
                    throw new ValueException("center '" + numbers[1] + "' is outside the range 0 to 1");
                }
            }
        }
        switch (kind) {
            case ZIPF:
                if (parameter == 1.0) {
                    throw new ValueException("zipf theta must not be 1.0");
                }
                if (parameter <= 0) {
                    throw new ValueException("zipf theta '" + parameter + "' must be above 0");
                }
                break;
            case PARETO:
                if (parameter <= 0 || parameter >= 1) {
                    throw new ValueException("pareto power '" + parameter + "' must lie between 0 and 1 (exclusive)");
                }
                break;
            default:
                if (parameter < 0 || parameter >= 100) {
                    throw new ValueException("normal deviation '" + parameter + "' must be at least 0 and below 100");
                }
                break;
        }
        return new RandomDistribution(kind, parameter, center, noZones);
    }

    private static List<RandomDistribution.Zone> zones(String text, boolean absolute, int kbBase) {
        String[] items = text.split(":", -1);
        if (items.length > MAX_ZONES) {
            throw new ValueException("at most " + MAX_ZONES + " zones, found " + items.length);
        }
        List<Integer> accesses = new ArrayList<>();
        List<Long> extents = new ArrayList<>();
        int accessTotal = 0;
        long sizeTotal = 0;
        int missing = 0;
        for (String item : items) {
            int slash = item.indexOf('/');
            int access = BlockSizeSplitParser.percentage(slash < 0 ? item : item.substring(0, slash), text);
            String sizeText = slash < 0 ? "" : item.substring(slash + 1);
            Long extent = null;
            if (!sizeText.isEmpty()) {
                extent = absolute ? SizeParser.parseBytes(sizeText, kbBase) : BlockSizeSplitParser.percentage(sizeText, text);
                sizeTotal += extent;
            } else if (absolute) {
                throw new ValueException("zone '" + item + "' in '" + text + "' needs a size (access%/size)");
            } else {
                missing++;
            }
            accessTotal += access;
            accesses.add(access);
            extents.add(extent);
        }
        if (accessTotal != 100) {
            throw new ValueException("access percentages in '" + text + "' add up to " + accessTotal + ", not 100");
        }
        if (!absolute && sizeTotal > 100) {
            throw new ValueException("zone sizes in '" + text + "' add up to " + sizeTotal + "%, more than 100");
        }
        List<RandomDistribution.Zone> zones = new ArrayList<>();
        for (int i = 0; i < accesses.size(); i++) {
            // Like fio, zones without a size share what the others leave, in whole percent.
            long extent = extents.get(i) != null ? extents.get(i) : (100 - sizeTotal) / missing;
            zones.add(new RandomDistribution.Zone(accesses.get(i), extent));
        }
        return zones;
    }

    private static RandomDistribution.Kind kind(String name) {
        for (RandomDistribution.Kind kind : RandomDistribution.Kind.values()) {
            if (kind.fioName().equals(name)) {
                return kind;
            }
        }
        throw new ValueException("'" + name + "' is not one of " + Arrays.stream(RandomDistribution.Kind.values())
                .map(RandomDistribution.Kind::fioName).collect(Collectors.joining(", ")));
    }
}
