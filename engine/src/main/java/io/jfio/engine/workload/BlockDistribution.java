package io.jfio.engine.workload;

/**
 * Draws positions in [0, positions) following one {@link DistributionSpec}: the offset index of a random
 * I/O (times the alignment gives its offset), or a file index for file_service_type. The family is fixed
 * at construction and selected by a switch, so the call site stays monomorphic.
 *
 * <p>Threading: one I/O thread.
 */
final class BlockDistribution {
    private final DistributionSpec.Kind kind;
    private final long positions;
    private final Prng prng;

    private final ZipfSampler zipf;
    private final double paretoPower;
    private final FeistelPermutation scatter;
    private final long scatterShift;

    private final double normalMean;
    private final double normalDeviation;
    private boolean haveSpareGaussian;
    private double spareGaussian;

    private final int[] zoneCumulativeAccess;
    private final long[] zoneFirst;
    private final long[] zoneEnd;

    /**
     * @param spec              the distribution
     * @param positions         how many positions there are, at least 1
     * @param bytesPerPosition  bytes one position stands for (converts zoned_abs sizes); 1 for files
     * @param prng              this purpose's own generator
     */
    BlockDistribution(DistributionSpec spec, long positions, long bytesPerPosition, Prng prng) {
        if (positions < 1) {
            throw new IllegalArgumentException("a distribution needs at least one position");
        }
        this.kind = spec.kind();
        this.positions = positions;
        this.prng = prng;
        this.zipf = kind == DistributionSpec.Kind.ZIPF ? new ZipfSampler(positions, spec.value()) : null;
        this.paretoPower = kind == DistributionSpec.Kind.PARETO
                ? Math.log(spec.value()) / Math.log(1.0 - spec.value()) : 0;
        if (kind == DistributionSpec.Kind.ZIPF || kind == DistributionSpec.Kind.PARETO) {
            scatter = new FeistelPermutation(positions, prng.nextLong());
            long hottest = scatter.map(0);
            long wanted = Double.isNaN(spec.center())
                    ? prng.nextLong(positions)
                    : Math.min(positions - 1, (long) (spec.center() * positions));
            scatterShift = Math.floorMod(wanted - hottest, positions);
        } else {
            scatter = null;
            scatterShift = 0;
        }
        if (kind == DistributionSpec.Kind.NORMAL) {
            normalMean = spec.center() * positions;
            normalDeviation = spec.value() / 100.0 * positions;
        } else {
            normalMean = 0;
            normalDeviation = 0;
        }
        if (kind == DistributionSpec.Kind.ZONED || kind == DistributionSpec.Kind.ZONED_ABS) {
            int[] access = spec.accessPercentsShared();
            zoneCumulativeAccess = new int[access.length];
            zoneFirst = new long[access.length];
            zoneEnd = new long[access.length];
            int cumulative = 0;
            double rangeSoFar = 0;
            for (int i = 0; i < access.length; i++) {
                cumulative += access[i];
                zoneCumulativeAccess[i] = cumulative;
                double start = rangeSoFar;
                if (kind == DistributionSpec.Kind.ZONED) {
                    rangeSoFar += spec.rangePercentsShared()[i] / 100.0 * positions;
                } else {
                    rangeSoFar += (double) spec.rangeBytesShared()[i] / bytesPerPosition;
                }
                zoneFirst[i] = Math.min(positions - 1, (long) start);
                zoneEnd[i] = Math.max(zoneFirst[i] + 1, Math.min(positions, (long) rangeSoFar));
            }
        } else {
            zoneCumulativeAccess = null;
            zoneFirst = null;
            zoneEnd = null;
        }
    }

    /** The next position in [0, positions). */
    long next() {
        switch (kind) {
            case RANDOM:
                return prng.nextLong(positions);
            case ZIPF:
                return scattered(zipf.sample(prng) - 1);
            case PARETO:
                return scattered(paretoRank());
            case NORMAL:
                return normalPosition();
            default:
                return zonedPosition();
        }
    }

    long positions() {
        return positions;
    }

    private long scattered(long rank) {
        long p = scatter.map(rank) + scatterShift;
        return p >= positions ? p - positions : p;
    }

    private long paretoRank() {
        long rank = (long) (positions * Math.pow(prng.nextDouble(), paretoPower));
        return Math.min(rank, positions - 1);
    }

    private long normalPosition() {
        if (normalDeviation == 0) {
            return Math.min(positions - 1, (long) normalMean);
        }
        while (true) {
            double x = normalMean + normalDeviation * nextGaussian();
            if (x >= 0 && x < positions) {
                return (long) x;
            }
        }
    }

    /** Marsaglia's polar method; keeps the second value of each pair. */
    private double nextGaussian() {
        if (haveSpareGaussian) {
            haveSpareGaussian = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * prng.nextDouble() - 1;
            v = 2 * prng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * factor;
        haveSpareGaussian = true;
        return u * factor;
    }

    private long zonedPosition() {
        int r = prng.nextInt(100);
        int zone = 0;
        while (zoneCumulativeAccess[zone] <= r) {
            zone++;
        }
        return zoneFirst[zone] + prng.nextLong(zoneEnd[zone] - zoneFirst[zone]);
    }
}
