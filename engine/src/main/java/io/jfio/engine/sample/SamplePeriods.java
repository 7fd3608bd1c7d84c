package io.jfio.engine.sample;

/**
 * Chooses a job's base sample window from the periods its consumers need ({@code bwavgtime},
 * {@code iopsavgtime}, {@code log_avg_msec}, {@code log_hist_msec}, the status interval): their greatest
 * common divisor, so each period is a whole number of base windows. Stateless; any thread.
 */
public final class SamplePeriods {

    /** fio's default {@code bwavgtime} and {@code iopsavgtime}. */
    public static final long FIO_DEFAULT_AVG_MILLIS = 500;

    private SamplePeriods() {
    }

    /** The GCD of the positive periods (zeros, meaning "not used", are skipped); 500 if none is positive. */
    public static long baseWindowMillis(long... periodsMillis) {
        long gcd = 0;
        for (long p : periodsMillis) {
            if (p < 0) {
                throw new IllegalArgumentException("negative period " + p + " ms");
            }
            if (p > 0) {
                gcd = gcd == 0 ? p : gcd(gcd, p);
            }
        }
        return gcd == 0 ? FIO_DEFAULT_AVG_MILLIS : gcd;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
