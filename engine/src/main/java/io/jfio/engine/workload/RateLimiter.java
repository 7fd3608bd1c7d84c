package io.jfio.engine.workload;

/**
 * Paces I/O for {@code rate} and {@code rate_iops}: tells the worker how many nanoseconds to wait before
 * the next I/O of a direction; the worker decides whether to park or spin.
 *
 * <p>Each direction runs on a schedule of absolute deadlines counted from the job start: after the I/Os
 * issued so far, the next may start at {@code start + bytesSoFar / rate}. The arithmetic is exact
 * (integer nanoseconds with the remainder carried), so the long-run rate equals the limit with no drift,
 * however late the worker wakes. rate_iops is a byte rate of {@code iops × minimum block size}, which is
 * how fio treats bsrange jobs; with both rate and rate_iops the stricter wins. {@link RateProcess#POISSON}
 * draws each gap from an exponential distribution with the same mean.
 *
 * <p>A worker that falls behind catches up at full speed, as fio does, but at most one rate_cycle of
 * backlog is kept: after a longer stall the schedule restarts a cycle behind "now" instead of bursting for
 * the whole lost time.
 *
 * <p>Allocation-free after construction. Threading: one I/O thread.
 */
public final class RateLimiter {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long[] bytesPerSecond = new long[DataDirection.COUNT];
    private final long[] deadlineNanos = new long[DataDirection.COUNT];
    private final long[] remainder = new long[DataDirection.COUNT];
    private final double[] poissonFraction = new double[DataDirection.COUNT];
    private final boolean poisson;
    private final long cycleNanos;
    private final Prng arrivals;

    /**
     * @param spec           the rate options
     * @param minBlockBytes  each direction's smallest block size (converts rate_iops to bytes)
     * @param startNanos     the job's start on the worker's clock (System.nanoTime() in production)
     * @param arrivals       the generator for Poisson gaps (RandomStream.RATE_ARRIVAL)
     */
    public RateLimiter(RateSpec spec, int[] minBlockBytes, long startNanos, Prng arrivals) {
        for (DataDirection d : DataDirection.values()) {
            int i = d.index();
            long byBytes = spec.bytesPerSecond(d);
            long byIops = spec.iops(d) > 0 ? Math.multiplyExact(spec.iops(d), (long) minBlockBytes[i]) : 0;
            bytesPerSecond[i] = byBytes > 0 && byIops > 0 ? Math.min(byBytes, byIops) : Math.max(byBytes, byIops);
            deadlineNanos[i] = startNanos;
        }
        this.poisson = spec.process() == RateProcess.POISSON;
        this.cycleNanos = spec.cycleMillis() * 1_000_000L;
        this.arrivals = arrivals;
    }

    /** A limiter for one job, taking block sizes from its workload and the gap generator from its seeds. */
    public static RateLimiter forJob(RateSpec spec, WorkloadSpec workload, RandomSeeds seeds, long startNanos) {
        int[] min = new int[DataDirection.COUNT];
        for (DataDirection d : DataDirection.values()) {
            min[d.index()] = workload.blockSize(d).minBytes();
        }
        return new RateLimiter(spec, min, startNanos, seeds.newPrng(RandomStream.RATE_ARRIVAL));
    }

    /** Whether I/O in this direction is paced at all. */
    public boolean isLimited(int direction) {
        return bytesPerSecond[direction] > 0;
    }

    /** Nanoseconds to wait before the next I/O in {@code direction} may start; 0 if it may start now. */
    public long delayNanos(int direction, long nowNanos) {
        if (bytesPerSecond[direction] == 0) {
            return 0;
        }
        long wait = deadlineNanos[direction] - nowNanos;
        return wait > 0 ? wait : 0;
    }

    /** Records an I/O of {@code bytes} issued in {@code direction} at {@code nowNanos}. */
    public void onIssued(int direction, int bytes, long nowNanos) {
        long rate = bytesPerSecond[direction];
        if (rate == 0) {
            return;
        }
        long floor = nowNanos - cycleNanos;
        if (deadlineNanos[direction] < floor) {
            deadlineNanos[direction] = floor;
            remainder[direction] = 0;
        }
        if (poisson) {
            double meanNanos = (double) bytes * NANOS_PER_SECOND / rate;
            double gap = poissonFraction[direction] - meanNanos * Math.log(arrivals.nextDoubleNonZero());
            long whole = (long) gap;
            poissonFraction[direction] = gap - whole;
            deadlineNanos[direction] += whole;
        } else {
            long numerator = bytes * NANOS_PER_SECOND;
            deadlineNanos[direction] += numerator / rate;
            long r = remainder[direction] + numerator % rate;
            if (r >= rate) {
                deadlineNanos[direction]++;
                r -= rate;
            }
            remainder[direction] = r;
        }
    }

    /**
     * Moves every schedule later by {@code pauseNanos}: for rate_ignore_thinktime, so a think-time stall
     * is not made up for afterwards.
     */
    public void shift(long pauseNanos) {
        for (int i = 0; i < DataDirection.COUNT; i++) {
            deadlineNanos[i] += pauseNanos;
        }
    }
}
