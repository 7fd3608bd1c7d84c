package io.jfio.engine.workload;

import java.security.SecureRandom;

/**
 * The seeds of one job's random streams, following fio's rules: with {@code randrepeat=1} (fio's default)
 * every run of the same job file produces the same sequences; {@code randseed=N} picks another repeatable
 * family; {@code randrepeat=0} seeds from the clock and a secure source so every run differs. The job
 * number (0 for the first job, 1 for the next clone of {@code numjobs}, ...) is mixed in, so clones of one
 * job visit different offsets, as they do in fio. Each {@link RandomStream} gets an independent seed.
 *
 * <p>Immutable; any thread. {@link #newPrng} allocates, so call it at setup, not per I/O.
 */
public final class RandomSeeds {
    /** The base of repeatable runs: the ASCII of "jfio_rng". */
    static final long REPEATABLE_BASE = 0x6a66696f5f726e67L;

    private final long base;
    private final int jobNumber;
    private final boolean repeatable;

    private RandomSeeds(long base, int jobNumber, boolean repeatable) {
        this.base = base;
        this.jobNumber = jobNumber;
        this.repeatable = repeatable;
    }

    /** {@code randrepeat=1} without randseed: the same sequences on every run (fio's default). */
    public static RandomSeeds repeatable(int jobNumber) {
        return new RandomSeeds(REPEATABLE_BASE, jobNumber, true);
    }

    /** {@code randseed=seed}: repeatable, a different family per seed. randseed wins over randrepeat. */
    public static RandomSeeds fromRandSeed(long seed, int jobNumber) {
        return new RandomSeeds(Prng.mix64(seed ^ 0x5eed5eed5eed5eedL), jobNumber, true);
    }

    /** {@code randrepeat=0}: different sequences on every run. */
    public static RandomSeeds unrepeatable(int jobNumber) {
        long entropy = new SecureRandom().nextLong() ^ System.nanoTime();
        return new RandomSeeds(Prng.mix64(entropy), jobNumber, false);
    }

    /**
     * Chooses by fio's option precedence.
     *
     * @param randRepeat   the randrepeat option (default true)
     * @param randSeedSet  whether randseed was given
     * @param randSeed     its value (ignored unless randSeedSet)
     * @param jobNumber    0-based clone number within the job file (numjobs clones count up)
     */
    public static RandomSeeds of(boolean randRepeat, boolean randSeedSet, long randSeed, int jobNumber) {
        if (randSeedSet) {
            return fromRandSeed(randSeed, jobNumber);
        }
        return randRepeat ? repeatable(jobNumber) : unrepeatable(jobNumber);
    }

    /** The seed of one stream. */
    public long seedFor(RandomStream stream) {
        long jobMixed = Prng.mix64(base + 0x9E3779B97F4A7C15L * (jobNumber + 1L));
        return Prng.mix64(jobMixed ^ (0xD1B54A32D192ED03L * (stream.ordinal() + 1L)));
    }

    /** A new generator for one stream; allocates. */
    public Prng newPrng(RandomStream stream) {
        return new Prng(seedFor(stream));
    }

    /** Whether runs repeat (randrepeat=1 or randseed given). */
    public boolean isRepeatable() {
        return repeatable;
    }

    /** The job number mixed into every seed. */
    public int jobNumber() {
        return jobNumber;
    }
}
