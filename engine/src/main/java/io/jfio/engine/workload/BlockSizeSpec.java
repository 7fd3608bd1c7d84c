package io.jfio.engine.workload;

import java.util.Arrays;

/**
 * The block sizes of one direction: a fixed {@code bs}, a {@code bsrange}, or a weighted {@code bssplit}.
 * Immutable; any thread.
 */
public final class BlockSizeSpec {
    /** How sizes are drawn. */
    public enum Kind { FIXED, RANGE, SPLIT }

    /** fio's bssplit limit per direction. */
    public static final int MAX_SPLIT_ENTRIES = 64;

    private final Kind kind;
    private final int minBytes;
    private final int maxBytes;
    private final int[] splitSizes;
    private final int[] splitPercents;

    private BlockSizeSpec(Kind kind, int minBytes, int maxBytes, int[] splitSizes, int[] splitPercents) {
        this.kind = kind;
        this.minBytes = minBytes;
        this.maxBytes = maxBytes;
        this.splitSizes = splitSizes;
        this.splitPercents = splitPercents;
    }

    /** {@code bs=N}: every I/O is {@code bytes} long. */
    public static BlockSizeSpec fixed(int bytes) {
        requirePositive("bs", bytes);
        return new BlockSizeSpec(Kind.FIXED, bytes, bytes, null, null);
    }

    /**
     * {@code bsrange=min-max}: sizes drawn as fio draws them, a multiple of {@code minBytes} (any size with
     * bs_unaligned) up to {@code maxBytes}. Equal bounds make a fixed size.
     */
    public static BlockSizeSpec range(int minBytes, int maxBytes) {
        requirePositive("bsrange", minBytes);
        if (maxBytes < minBytes) {
            throw new IllegalArgumentException("bsrange: maximum " + maxBytes + " is below minimum " + minBytes);
        }
        return minBytes == maxBytes ? fixed(minBytes)
                : new BlockSizeSpec(Kind.RANGE, minBytes, maxBytes, null, null);
    }

    /**
     * {@code bssplit=size/percent:...}: each I/O takes one of {@code sizes} with the given weight. A negative
     * percent stands for a blank one ({@code 4k/50:1k/:32k/}): the remainder to 100 is shared evenly among
     * the blanks, as fio does; if the weights still fall short of 100, the smallest size takes the rest
     * (fio's behaviour). Order does not matter.
     *
     * @throws IllegalArgumentException when the percentages exceed 100 or an entry is invalid
     */
    public static BlockSizeSpec split(int[] sizes, int[] percents) {
        if (sizes.length == 0 || sizes.length != percents.length) {
            throw new IllegalArgumentException("bssplit: need as many percentages as sizes, at least one");
        }
        if (sizes.length > MAX_SPLIT_ENTRIES) {
            throw new IllegalArgumentException("bssplit: at most " + MAX_SPLIT_ENTRIES + " entries per direction");
        }
        int given = 0;
        int blanks = 0;
        for (int i = 0; i < sizes.length; i++) {
            requirePositive("bssplit", sizes[i]);
            if (percents[i] < 0) {
                blanks++;
            } else {
                given += percents[i];
            }
        }
        if (given > 100) {
            throw new IllegalArgumentException("bssplit: percentages add up to " + given + ", more than 100");
        }
        Integer[] order = new Integer[sizes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(sizes[a], sizes[b]));
        int[] sortedSizes = new int[sizes.length];
        int[] weights = new int[sizes.length];
        int share = blanks == 0 ? 0 : (100 - given) / blanks;
        int total = 0;
        for (int i = 0; i < order.length; i++) {
            sortedSizes[i] = sizes[order[i]];
            weights[i] = percents[order[i]] < 0 ? share : percents[order[i]];
            total += weights[i];
        }
        weights[0] += 100 - total;
        if (sortedSizes[0] == sortedSizes[sortedSizes.length - 1]) {
            return fixed(sortedSizes[0]);
        }
        return new BlockSizeSpec(Kind.SPLIT, sortedSizes[0], sortedSizes[sortedSizes.length - 1],
                sortedSizes, weights);
    }

    public Kind kind() {
        return kind;
    }

    /** The smallest size this spec can produce (before region-end truncation). */
    public int minBytes() {
        return minBytes;
    }

    /** The largest size this spec can produce: size buffers from it. */
    public int maxBytes() {
        return maxBytes;
    }

    /** bssplit sizes in ascending order (a copy); empty unless {@link Kind#SPLIT}. */
    public int[] splitSizes() {
        return splitSizes == null ? new int[0] : splitSizes.clone();
    }

    /** bssplit weights matching {@link #splitSizes()}, summing to 100 (a copy). */
    public int[] splitPercents() {
        return splitPercents == null ? new int[0] : splitPercents.clone();
    }

    int[] splitSizesShared() {
        return splitSizes;
    }

    int[] splitPercentsShared() {
        return splitPercents;
    }

    private static void requirePositive(String option, int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException(option + ": block size must be positive, got " + bytes);
        }
    }

    @Override
    public String toString() {
        switch (kind) {
            case FIXED:
                return "bs=" + minBytes;
            case RANGE:
                return "bsrange=" + minBytes + "-" + maxBytes;
            default:
                StringBuilder sb = new StringBuilder("bssplit=");
                for (int i = 0; i < splitSizes.length; i++) {
                    sb.append(i == 0 ? "" : ":").append(splitSizes[i]).append('/').append(splitPercents[i]);
                }
                return sb.toString();
        }
    }
}
