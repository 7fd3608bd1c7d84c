package io.jfio.engine.workload;

/**
 * Draws the size of each I/O of one direction from its {@link BlockSizeSpec}, as fio draws it:
 *
 * <ul>
 *   <li>bsrange: v = min + uniform[0, max), rounded down to a multiple of min (not with bs_unaligned) and
 *       capped at max. The multiples of min are equally likely; when max is not a multiple of min, max
 *       itself takes the leftover share (bsrange=3k-8k gives 3k, 6k, 8k at 3:3:2), as in fio.</li>
 *   <li>bssplit: by weight.</li>
 * </ul>
 *
 * Near the end of a region the size must fit in what is left; fio re-draws until it does, and this draws
 * directly from that same conditional distribution in one step (uniform over the fitting multiples;
 * bssplit weights renormalised over the fitting sizes).
 *
 * <p>Threading: one I/O thread.
 */
final class BlockSizeChooser {
    private final BlockSizeSpec.Kind kind;
    private final int minBytes;
    private final int maxBytes;
    private final boolean unaligned;
    private final int[] sizes;
    private final int[] cumulativePercents;
    private final Prng prng;

    BlockSizeChooser(BlockSizeSpec spec, boolean unaligned, Prng prng) {
        this.kind = spec.kind();
        this.minBytes = spec.minBytes();
        this.maxBytes = spec.maxBytes();
        this.unaligned = unaligned;
        this.prng = prng;
        if (kind == BlockSizeSpec.Kind.SPLIT) {
            sizes = spec.splitSizesShared();
            int[] weights = spec.splitPercentsShared();
            cumulativePercents = new int[weights.length];
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulativePercents[i] = sum;
            }
        } else {
            sizes = null;
            cumulativePercents = null;
        }
    }

    /**
     * The next size, at most {@code fitBytes}; 0 when not even the smallest size fits.
     */
    int next(long fitBytes) {
        if (fitBytes < minBytes) {
            return 0;
        }
        switch (kind) {
            case FIXED:
                return minBytes;
            case RANGE:
                return nextInRange(fitBytes);
            default:
                return nextFromSplit(fitBytes);
        }
    }

    int minBytes() {
        return minBytes;
    }

    int maxBytes() {
        return maxBytes;
    }

    boolean isFixed() {
        return kind == BlockSizeSpec.Kind.FIXED;
    }

    private int nextInRange(long fitBytes) {
        long v;
        if (fitBytes >= maxBytes) {
            v = minBytes + prng.nextLong(maxBytes);
            if (!unaligned) {
                v -= v % minBytes;
            }
            return (int) Math.min(v, maxBytes);
        }
        if (unaligned) {
            return (int) (minBytes + prng.nextLong(fitBytes - minBytes + 1));
        }
        long top = fitBytes - fitBytes % minBytes;
        v = minBytes + prng.nextLong(top);
        return (int) (v - v % minBytes);
    }

    private int nextFromSplit(long fitBytes) {
        int fitting = sizes.length;
        if (fitBytes < maxBytes) {
            fitting = 0;
            while (fitting < sizes.length && sizes[fitting] <= fitBytes) {
                fitting++;
            }
        }
        int totalWeight = cumulativePercents[fitting - 1];
        if (totalWeight == 0) {
            return sizes[fitting - 1];
        }
        int r = prng.nextInt(totalWeight);
        int i = 0;
        while (cumulativePercents[i] <= r) {
            i++;
        }
        return sizes[i];
    }
}
