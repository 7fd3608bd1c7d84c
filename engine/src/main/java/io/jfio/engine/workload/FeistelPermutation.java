package io.jfio.engine.workload;

/**
 * A keyed pseudo-random permutation of [0, n) in O(1) memory: a four-round balanced Feistel network over
 * the smallest even number of bits covering n, with cycle walking (re-encrypt until the value falls
 * below n; the domain is under 4n, so under four rounds of walking on average).
 *
 * <p>This is jfio's random map for {@code norandommap=0}: walking the indices 0, 1, 2, ... through the
 * permutation visits every block exactly once per pass, in random order, with no bitmap to allocate and
 * no "find the next free block" scan that makes bitmap maps slow and locally biased near the end of a
 * pass. A new key per pass gives each loop its own order. It is also the bijection that scatters the
 * ranks of zipf and pareto over the blocks.
 *
 * <p>Threading: one I/O thread.
 */
final class FeistelPermutation {
    private static final int ROUNDS = 4;

    private final long size;
    private final int halfBits;
    private final long halfMask;
    private final long[] roundKeys = new long[ROUNDS];
    private long nextIndex;

    /**
     * @param size number of elements, at least 1
     * @param seed the key of the first pass
     */
    FeistelPermutation(long size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("permutation needs at least one element, got " + size);
        }
        this.size = size;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1));
        if ((bits & 1) == 1) {
            bits++;
        }
        this.halfBits = bits / 2;
        this.halfMask = (1L << halfBits) - 1;
        restart(seed);
    }

    /** Starts a new pass with a new key derived from {@code seed}. */
    void restart(long seed) {
        long k = seed;
        for (int i = 0; i < ROUNDS; i++) {
            k = Prng.mix64(k + 0x9E3779B97F4A7C15L);
            roundKeys[i] = k;
        }
        nextIndex = 0;
    }

    /** The next element of this pass, or -1 once all {@code size} elements have been returned. */
    long next() {
        if (nextIndex >= size) {
            return -1;
        }
        return map(nextIndex++);
    }

    /** Elements still to come in this pass. */
    long remaining() {
        return size - nextIndex;
    }

    /** The image of {@code index} (in [0, size)) under the current key. */
    long map(long index) {
        long x = index;
        do {
            x = encrypt(x);
        } while (x >= size);
        return x;
    }

    long size() {
        return size;
    }

    private long encrypt(long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (int i = 0; i < ROUNDS; i++) {
            long mixed = left ^ (Prng.mix64(right ^ roundKeys[i]) & halfMask);
            left = right;
            right = mixed;
        }
        return (left << halfBits) | right;
    }
}
