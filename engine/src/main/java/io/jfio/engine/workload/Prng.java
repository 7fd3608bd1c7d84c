package io.jfio.engine.workload;

/**
 * A fast seeded pseudo-random generator: xoshiro256** (Blackman and Vigna), its state expanded from a
 * 64-bit seed with splitmix64. Statistically far stronger than fio's tausworthe and as cheap; jfio does
 * not reproduce fio's exact random sequences, only their repeatability rules (see {@link RandomSeeds}).
 *
 * <p>Threading: one I/O thread; not thread safe. Allocation-free after construction.
 */
public final class Prng {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long s0;
    private long s1;
    private long s2;
    private long s3;

    /** A generator whose sequence is fully determined by {@code seed}. */
    public Prng(long seed) {
        reseed(seed);
    }

    /** Restarts the sequence as if newly constructed with {@code seed}. */
    public void reseed(long seed) {
        long x = seed;
        s0 = mix64(x += GOLDEN_GAMMA);
        s1 = mix64(x += GOLDEN_GAMMA);
        s2 = mix64(x += GOLDEN_GAMMA);
        s3 = mix64(x + GOLDEN_GAMMA);
    }

    /** The next 64 uniformly distributed bits. */
    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1), 53 bits of precision. */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform in (0, 1]: never 0, safe for logarithms. */
    public double nextDoubleNonZero() {
        return ((nextLong() >>> 11) + 1) * DOUBLE_UNIT;
    }

    /** Uniform and unbiased in [0, bound); {@code bound} must be positive. */
    public long nextLong(long bound) {
        long r = nextLong() >>> 1;
        long m = bound - 1;
        if ((bound & m) == 0L) {
            return r & m;
        }
        // Reject the incomplete last interval so every value is equally likely.
        for (long u = r; u + m - (r = u % bound) < 0L; u = nextLong() >>> 1) {
            // retry
        }
        return r;
    }

    /** Uniform and unbiased in [0, bound); {@code bound} must be positive. */
    public int nextInt(int bound) {
        return (int) nextLong(bound);
    }

    /** The splitmix64 finaliser: a strong 64-bit bijective mixer. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
