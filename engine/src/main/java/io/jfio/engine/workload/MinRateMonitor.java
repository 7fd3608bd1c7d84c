package io.jfio.engine.workload;

import java.util.Locale;

/**
 * Checks {@code rate_min} and {@code rate_iops_min}: over each rate_cycle window, every direction with a
 * floor must have completed at least that many bytes (or I/Os) per second; when one does not, the job
 * should stop with {@link #failureMessage(String)}, as fio does. Create it when measuring starts (after
 * ramp_time) so warm-up does not count.
 *
 * <p>{@link #onCompleted} and {@link #check} are cheap (a compare until a window closes) and
 * allocation-free. Threading: one I/O thread.
 */
public final class MinRateMonitor {
    private final long[] minBytesPerSecond = new long[DataDirection.COUNT];
    private final long[] minIops = new long[DataDirection.COUNT];
    private final long[] windowBytes = new long[DataDirection.COUNT];
    private final long[] windowIos = new long[DataDirection.COUNT];
    private final long cycleNanos;
    private final boolean active;
    private long windowStartNanos;

    private int failedDirection = -1;
    private boolean failedOnIops;
    private long achieved;

    public MinRateMonitor(RateSpec spec, long startNanos) {
        for (DataDirection d : DataDirection.values()) {
            minBytesPerSecond[d.index()] = spec.minBytesPerSecond(d);
            minIops[d.index()] = spec.minIops(d);
        }
        this.cycleNanos = spec.cycleMillis() * 1_000_000L;
        this.active = spec.hasMinimum();
        this.windowStartNanos = startNanos;
    }

    /** Counts a completed I/O. */
    public void onCompleted(int direction, long bytes) {
        windowBytes[direction] += bytes;
        windowIos[direction]++;
    }

    /**
     * True while every floor holds. When a rate_cycle window has closed, compares each direction's rate
     * in it with its floor and starts the next window; returns false (and keeps the details) on the first
     * miss.
     */
    public boolean check(long nowNanos) {
        if (!active || failedDirection >= 0) {
            return failedDirection < 0;
        }
        long elapsed = nowNanos - windowStartNanos;
        if (elapsed < cycleNanos) {
            return true;
        }
        for (int i = 0; i < DataDirection.COUNT; i++) {
            if (minBytesPerSecond[i] > 0) {
                long rate = perSecond(windowBytes[i], elapsed);
                if (rate < minBytesPerSecond[i]) {
                    return fail(i, false, rate);
                }
            }
            if (minIops[i] > 0) {
                long rate = perSecond(windowIos[i], elapsed);
                if (rate < minIops[i]) {
                    return fail(i, true, rate);
                }
            }
            windowBytes[i] = 0;
            windowIos[i] = 0;
        }
        windowStartNanos = nowNanos;
        return true;
    }

    /** The direction that missed its floor, or null. */
    public DataDirection failedDirection() {
        return failedDirection < 0 ? null : DataDirection.ofIndex(failedDirection);
    }

    /** The rate it achieved in the failing window: bytes/s, or I/Os per second for rate_iops_min. */
    public long achievedRate() {
        return achieved;
    }

    /** One line in fio's words, e.g. {@code job1: rate_min=1048576B/s not met, got 524288B/s (reads)}. */
    public String failureMessage(String jobName) {
        if (failedDirection < 0) {
            return jobName + ": minimum rates met";
        }
        String dir = DataDirection.ofIndex(failedDirection).name().toLowerCase(Locale.ROOT) + "s";
        if (failedOnIops) {
            return jobName + ": rate_iops_min=" + minIops[failedDirection] + " not met, got " + achieved + " IOPS (" + dir + ")";
        }
        return jobName + ": rate_min=" + minBytesPerSecond[failedDirection] + "B/s not met, got " + achieved + "B/s (" + dir + ")";
    }

    private boolean fail(int direction, boolean iops, long rate) {
        failedDirection = direction;
        failedOnIops = iops;
        achieved = rate;
        return false;
    }

    private static long perSecond(long amount, long elapsedNanos) {
        return (long) (amount * 1e9 / elapsedNanos);
    }
}
