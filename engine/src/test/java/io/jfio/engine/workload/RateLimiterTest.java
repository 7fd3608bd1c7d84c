package io.jfio.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Simulated time only: the worker loop below jumps a fake clock instead of sleeping. */
class RateLimiterTest {
    private static final long SECOND = 1_000_000_000L;
    private static final int[] BS_4K = {4096, 4096, 4096};
    private static final int READ = DataDirection.READ_INDEX;

    @Test
    void rateIopsHoldsWithinOnePercentOverTenSeconds() {
        RateLimiter limiter = limiter(RateSpec.builder().iops(DataDirection.READ, 12_345).build());
        assertEquals(123_450, simulate(limiter, 10 * SECOND, 0, 0), 1234);
    }

    @Test
    void lateWakeUpsDoNotDriftBecauseDeadlinesAreAbsolute() {
        // a worker that oversleeps up to 300 us each time would lose ~13% if it slept relative amounts
        RateLimiter limiter = limiter(RateSpec.builder().iops(DataDirection.READ, 1000).build());
        long ios = simulate(limiter, 10 * SECOND, 300_000, 20_000);
        assertEquals(10_000, ios, 1);
    }

    @Test
    void rateIsExactInBytesPerSecond() {
        RateLimiter limiter = limiter(RateSpec.builder().bytesPerSecond(DataDirection.READ, 1_000_000).build());
        long ios = simulate(limiter, 10 * SECOND, 0, 0);
        // 10 MB at 4096 bytes per I/O, the last one starting before 10 s
        assertEquals((long) Math.ceil(10_000_000 / 4096.0), ios);
    }

    @Test
    void rateIopsCountsTheSmallestBlockSizeAsFioDoesForRanges() {
        RateLimiter limiter = new RateLimiter(RateSpec.builder().iops(DataDirection.READ, 100).build(),
                BS_4K, 0, new Prng(1));
        // 8 KiB I/Os at "100 IOPS of 4 KiB" come out at 50 per second
        long now = 0;
        int ios = 0;
        while (true) {
            now += limiter.delayNanos(READ, now);
            if (now >= 10 * SECOND) {
                break;
            }
            limiter.onIssued(READ, 8192, now);
            ios++;
        }
        assertEquals(500, ios);
    }

    @Test
    void theStricterOfRateAndRateIopsWins() {
        RateLimiter limiter = limiter(RateSpec.builder()
                .iops(DataDirection.READ, 1000).bytesPerSecond(DataDirection.READ, 409_600).build());
        assertEquals(1000, simulate(limiter, 10 * SECOND, 0, 0));
    }

    @Test
    void unlimitedDirectionsNeverWait() {
        RateLimiter limiter = limiter(RateSpec.builder().iops(DataDirection.WRITE, 10).build());
        for (int i = 0; i < 1000; i++) {
            limiter.onIssued(READ, 4096, 0);
            assertEquals(0, limiter.delayNanos(READ, 0));
        }
        assertTrue(!limiter.isLimited(READ) && limiter.isLimited(DataDirection.WRITE_INDEX));
    }

    @Test
    void poissonKeepsTheMeanRateAndExponentialGaps() {
        RateLimiter limiter = limiter(RateSpec.builder().iops(DataDirection.READ, 1000)
                .process(RateProcess.POISSON).cycleMillis(1_000_000).build());
        long now = 0;
        long previous = 0;
        int n = 200_000;
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            now += limiter.delayNanos(READ, now);
            if (i > 0) {
                double gap = now - previous;
                sum += gap;
                sumSquares += gap * gap;
            }
            previous = now;
            limiter.onIssued(READ, 4096, now);
        }
        double mean = sum / (n - 1);
        double cv = Math.sqrt(sumSquares / (n - 1) - mean * mean) / mean;
        assertEquals(1_000_000, mean, 10_000);
        assertEquals(1.0, cv, 0.02);
    }

    @Test
    void catchUpAfterAStallIsBoundedByOneRateCycle() {
        RateLimiter limiter = limiter(RateSpec.builder().iops(DataDirection.READ, 1000).cycleMillis(500).build());
        long now = 0;
        for (int i = 0; i < 1000; i++) {
            now += limiter.delayNanos(READ, now);
            limiter.onIssued(READ, 4096, now);
        }
        now += 5 * SECOND;
        int burst = 0;
        while (limiter.delayNanos(READ, now) == 0) {
            limiter.onIssued(READ, 4096, now);
            burst++;
        }
        assertEquals(500, burst, 1);
    }

    @Test
    void shiftPostponesTheScheduleForIgnoredThinkTime() {
        RateLimiter limiter = limiter(RateSpec.builder().iops(DataDirection.READ, 1000).build());
        limiter.onIssued(READ, 4096, 0);
        limiter.shift(5_000_000);
        assertEquals(6_000_000, limiter.delayNanos(READ, 0));
    }

    @Test
    void minimumAboveTheCapIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RateSpec.builder().iops(DataDirection.READ, 100).minIops(DataDirection.READ, 200).build());
        assertTrue(e.getMessage().startsWith("rate_iops_min:"), e.getMessage());
    }

    private static RateLimiter limiter(RateSpec spec) {
        return new RateLimiter(spec, BS_4K, 0, new Prng(11));
    }

    /**
     * A worker loop on a fake clock: wait as told (plus up to {@code maxOversleepNanos} of late
     * wake-up), issue, spend {@code serviceNanos}. Returns the I/Os started before {@code durationNanos}.
     */
    private static long simulate(RateLimiter limiter, long durationNanos, long maxOversleepNanos, long serviceNanos) {
        Prng jitter = new Prng(3);
        long now = 0;
        long ios = 0;
        while (true) {
            long delay = limiter.delayNanos(READ, now);
            if (delay > 0) {
                now += delay + (maxOversleepNanos > 0 ? jitter.nextLong(maxOversleepNanos) : 0);
            }
            if (now >= durationNanos) {
                return ios;
            }
            limiter.onIssued(READ, 4096, now);
            ios++;
            now += serviceNanos;
        }
    }
}
