package io.jfio.engine.workload;

/**
 * {@code random_generator=lfsr}: a maximal-length Galois linear feedback shift register over the block
 * indices [0, n). With k the smallest width whose period 2^k - 1 covers n, the register visits every
 * nonzero k-bit state once per period; state s stands for block s - 1 and states past n are skipped
 * (cycle walking, fewer than one skip per block on average). So one pass yields every block exactly once
 * in O(1) memory, which is why fio offers lfsr as the map-free way to avoid touching a block twice.
 * A new pass starts from another seeded state, so loops differ in order but not in coverage.
 *
 * <p>The tap polynomials are primitive over GF(2) (checked: x has order 2^k - 1 modulo each); the
 * full period is also tested directly for small widths.
 *
 * <p>Threading: one I/O thread.
 */
final class LfsrSequence {
    /** Exponents of a primitive polynomial x^k + ... + 1 for each width k (index k). */
    private static final int[][] TAPS = {
        null, null,
        {2, 1}, {3, 2}, {4, 3}, {5, 3}, {6, 5}, {7, 6}, {8, 6, 5, 4}, {9, 5}, {10, 7},
        {11, 9}, {12, 6, 4, 1}, {13, 4, 3, 1}, {14, 5, 3, 1}, {15, 14}, {16, 15, 13, 4}, {17, 14},
        {18, 11}, {19, 6, 2, 1}, {20, 17}, {21, 19}, {22, 21}, {23, 18}, {24, 23, 22, 17}, {25, 22},
        {26, 6, 2, 1}, {27, 5, 2, 1}, {28, 25}, {29, 27}, {30, 6, 4, 1}, {31, 28}, {32, 22, 2, 1},
        {33, 20}, {34, 27, 2, 1}, {35, 33}, {36, 25}, {37, 5, 4, 3, 2, 1}, {38, 6, 5, 1}, {39, 35},
        {40, 38, 21, 19}, {41, 38}, {42, 41, 20, 19}, {43, 42, 38, 37}, {44, 43, 18, 17},
        {45, 44, 42, 41}, {46, 45, 26, 25}, {47, 42}, {48, 47, 21, 20}, {49, 40}, {50, 49, 24, 23},
        {51, 50, 36, 35}, {52, 49}, {53, 52, 38, 37}, {54, 53, 18, 17}, {55, 31}, {56, 55, 35, 34},
        {57, 50}, {58, 39}, {59, 58, 38, 37}, {60, 59}, {61, 60, 46, 45}, {62, 61, 6, 5}, {63, 62},
    };

    private final long blockCount;
    private final int widthBits;
    private final long feedbackMask;
    private final long period;
    private long state;
    private long emitted;

    /**
     * @param blockCount number of blocks, at least 1
     * @param seed       chooses the starting state
     */
    LfsrSequence(long blockCount, long seed) {
        if (blockCount < 1) {
            throw new IllegalArgumentException("lfsr needs at least one block, got " + blockCount);
        }
        this.blockCount = blockCount;
        this.widthBits = Math.max(2, 64 - Long.numberOfLeadingZeros(blockCount));
        long mask = 0;
        for (int exponent : TAPS[widthBits]) {
            mask |= 1L << (exponent - 1);
        }
        this.feedbackMask = mask;
        this.period = (1L << widthBits) - 1;
        restart(seed);
    }

    /** Starts a new pass from a state chosen by {@code seed}. */
    void restart(long seed) {
        state = 1 + Math.floorMod(seed, period);
        emitted = 0;
    }

    /** The next block of this pass, or -1 once all {@code blockCount} blocks have been returned. */
    long next() {
        if (emitted == blockCount) {
            return -1;
        }
        long block;
        do {
            block = state - 1;
            step();
        } while (block >= blockCount);
        emitted++;
        return block;
    }

    /** Blocks still to come in this pass. */
    long remaining() {
        return blockCount - emitted;
    }

    int widthBits() {
        return widthBits;
    }

    private void step() {
        long lsb = state & 1L;
        state >>>= 1;
        state ^= -lsb & feedbackMask;
    }
}
