package io.jfio.engine.workload;

/**
 * {@code random_distribution}: how random offsets are spread over a region (and, for file_service_type,
 * over files). Immutable; any thread.
 *
 * <ul>
 *   <li>{@code random}: uniform.</li>
 *   <li>{@code zipf:θ[:center]}: rank k (1 = hottest) drawn with probability proportional to k^-θ over
 *       the positions, exactly (rejection-inversion sampling). Ranks are scattered over the region by a
 *       keyed bijection, as fio hashes them; unlike fio's hash-modulo, no two ranks share a block, so
 *       per-block hit counts follow the distribution itself. With a center in [0, 1] the hottest block
 *       sits at that fraction of the region.</li>
 *   <li>{@code pareto:h[:center]}: rank = n·U^(ln h / ln(1-h)), fio's formula: the hottest fraction h
 *       of the blocks receive 1 - h of the accesses (pareto:0.2 is the 80/20 rule). Scattered like zipf.</li>
 *   <li>{@code normal:σ%[:center]}: a Gaussian over the region centred at center (default 0.5) with a
 *       standard deviation of σ percent of the region, truncated to the region; contiguous, as
 *       fio's documentation describes it (fio 3.33 also scatters it, which its HOWTO does not say).</li>
 *   <li>{@code zoned:a/r:...}: a percent of the accesses to the next r percent of the region.</li>
 *   <li>{@code zoned_abs:a/bytes:...}: the same with absolute zone sizes.</li>
 * </ul>
 */
public final class DistributionSpec {
    /** The distribution family. */
    public enum Kind { RANDOM, ZIPF, PARETO, NORMAL, ZONED, ZONED_ABS }

    /** fio's limit on zones per direction. */
    public static final int MAX_ZONES = 256;

    private static final DistributionSpec UNIFORM = new DistributionSpec(Kind.RANDOM, 0, Double.NaN, null, null, null);

    private final Kind kind;
    private final double value;
    private final double center;
    private final int[] accessPercents;
    private final double[] rangePercents;
    private final long[] rangeBytes;

    private DistributionSpec(Kind kind, double value, double center, int[] accessPercents,
                             double[] rangePercents, long[] rangeBytes) {
        this.kind = kind;
        this.value = value;
        this.center = center;
        this.accessPercents = accessPercents;
        this.rangePercents = rangePercents;
        this.rangeBytes = rangeBytes;
    }

    /** {@code random_distribution=random} (fio's default). */
    public static DistributionSpec uniform() {
        return UNIFORM;
    }

    /** {@code zipf:theta}; fio rejects θ = 1.0 and so does jfio. */
    public static DistributionSpec zipf(double theta) {
        return zipf(theta, Double.NaN);
    }

    /** {@code zipf:theta:center}; a NaN center means none (hottest block at a seeded random place). */
    public static DistributionSpec zipf(double theta, double center) {
        if (!(theta > 0) || theta == 1.0) {
            throw new IllegalArgumentException("random_distribution: zipf theta must be positive and different than 1.0, got " + theta);
        }
        return new DistributionSpec(Kind.ZIPF, theta, checkCenter(center), null, null, null);
    }

    /** {@code pareto:h} with h strictly between 0 and 1. */
    public static DistributionSpec pareto(double h) {
        return pareto(h, Double.NaN);
    }

    /** {@code pareto:h:center}; a NaN center means none. */
    public static DistributionSpec pareto(double h, double center) {
        if (!(h > 0 && h < 1)) {
            throw new IllegalArgumentException("random_distribution: pareto input must be between 0 and 1 exclusive, got " + h);
        }
        return new DistributionSpec(Kind.PARETO, h, checkCenter(center), null, null, null);
    }

    /** {@code normal:deviationPercent}, centred on the middle of the region. */
    public static DistributionSpec normal(double deviationPercent) {
        return normal(deviationPercent, 0.5);
    }

    /** {@code normal:deviationPercent:center}; a NaN center means 0.5. */
    public static DistributionSpec normal(double deviationPercent, double center) {
        if (!(deviationPercent >= 0 && deviationPercent <= 100)) {
            throw new IllegalArgumentException("random_distribution: normal deviation must be between 0 and 100, got " + deviationPercent);
        }
        double c = Double.isNaN(center) ? 0.5 : checkCenter(center);
        return new DistributionSpec(Kind.NORMAL, deviationPercent, c, null, null, null);
    }

    /**
     * {@code zoned:60/10:30/20:...}: {@code accessPercents[i]} percent of the accesses go to the next
     * {@code rangePercents[i]} percent of the region. Accesses must add up to 100, ranges to at most 100
     * (the rest of the region is not accessed).
     */
    public static DistributionSpec zoned(int[] accessPercents, double[] rangePercents) {
        checkZones(accessPercents, rangePercents.length);
        double ranges = 0;
        for (double r : rangePercents) {
            if (!(r >= 0)) {
                throw new IllegalArgumentException("random_distribution: zone range percentages must not be negative");
            }
            ranges += r;
        }
        if (ranges > 100.0 + 1e-9) {
            throw new IllegalArgumentException("random_distribution: zone range percentages add up to " + ranges + ", more than 100");
        }
        return new DistributionSpec(Kind.ZONED, 0, Double.NaN, accessPercents.clone(), rangePercents.clone(), null);
    }

    /** {@code zoned_abs:60/20g:30/100g:...}: like {@link #zoned} with zone sizes in bytes. */
    public static DistributionSpec zonedAbs(int[] accessPercents, long[] rangeBytes) {
        checkZones(accessPercents, rangeBytes.length);
        for (long r : rangeBytes) {
            if (r < 0) {
                throw new IllegalArgumentException("random_distribution: zone sizes must not be negative");
            }
        }
        return new DistributionSpec(Kind.ZONED_ABS, 0, Double.NaN, accessPercents.clone(), null, rangeBytes.clone());
    }

    public Kind kind() {
        return kind;
    }

    /** Whether this is the uniform distribution (the only one that keeps the random map, as in fio). */
    public boolean isUniform() {
        return kind == Kind.RANDOM;
    }

    /** θ for zipf, h for pareto, the deviation percent for normal; 0 otherwise. */
    public double value() {
        return value;
    }

    /** The center in [0, 1], or NaN when none was given (zipf, pareto, uniform, zoned). */
    public double center() {
        return center;
    }

    int[] accessPercentsShared() {
        return accessPercents;
    }

    double[] rangePercentsShared() {
        return rangePercents;
    }

    long[] rangeBytesShared() {
        return rangeBytes;
    }

    private static double checkCenter(double center) {
        if (!Double.isNaN(center) && !(center >= 0 && center <= 1)) {
            throw new IllegalArgumentException("random_distribution: center must be between 0 and 1, got " + center);
        }
        return center;
    }

    private static void checkZones(int[] accessPercents, int ranges) {
        if (accessPercents.length == 0 || accessPercents.length != ranges) {
            throw new IllegalArgumentException("random_distribution: each zone needs an access percentage and a range");
        }
        if (accessPercents.length > MAX_ZONES) {
            throw new IllegalArgumentException("random_distribution: at most " + MAX_ZONES + " zones");
        }
        int sum = 0;
        for (int a : accessPercents) {
            if (a < 0) {
                throw new IllegalArgumentException("random_distribution: access percentages must not be negative");
            }
            sum += a;
        }
        if (sum != 100) {
            throw new IllegalArgumentException("random_distribution: access percentages don't add up to 100 for zoned random distribution (got " + sum + ")");
        }
    }

    @Override
    public String toString() {
        switch (kind) {
            case RANDOM:
                return "random";
            case ZIPF:
            case PARETO:
                return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + value
                        + (Double.isNaN(center) ? "" : ":" + center);
            case NORMAL:
                return "normal:" + value + ":" + center;
            default:
                StringBuilder sb = new StringBuilder(kind == Kind.ZONED ? "zoned" : "zoned_abs");
                for (int i = 0; i < accessPercents.length; i++) {
                    sb.append(':').append(accessPercents[i]).append('/')
                            .append(kind == Kind.ZONED ? String.valueOf(rangePercents[i]) : String.valueOf(rangeBytes[i]));
                }
                return sb.toString();
        }
    }
}
