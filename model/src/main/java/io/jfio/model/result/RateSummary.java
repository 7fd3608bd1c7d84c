package io.jfio.model.result;

/**
 * Min, max, mean and sample standard deviation of a rate (bandwidth in KiB/s or IOPS) over the sample
 * windows of a job, as fio's "bw (KiB/s): min=.., max=.., avg=.., stdev=.., samples=N" line shows them.
 * Computed from {@code bwavgtime}/{@code iopsavgtime} windows only, never from per-I/O values.
 * Immutable; any thread.
 *
 * @param samples number of windows that had I/O in this direction
 * @param min     smallest window rate (0 without samples)
 * @param max     largest window rate (0 without samples)
 * @param mean    mean of the window rates
 * @param stdev   sample standard deviation of the window rates (0 below two samples)
 */
public record RateSummary(long samples, double min, double max, double mean, double stdev) {

    /** No window had I/O. */
    public static final RateSummary EMPTY = new RateSummary(0, 0, 0, 0, 0);
}
