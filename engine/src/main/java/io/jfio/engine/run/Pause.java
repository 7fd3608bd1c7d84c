package io.jfio.engine.run;

import java.util.concurrent.locks.LockSupport;

/**
 * The worker's waits: rate-limit delays, think time (spin then sleep), startdelay. Each ends early when
 * the job is asked to stop, and an inline worker keeps reaping while it waits so completions are stamped
 * on time. Stateless; called on the waiting thread.
 */
final class Pause {

    /** Longest single park, so a stop request is seen quickly. */
    private static final long SLICE_NANOS = 1_000_000L;
    /** Park slice while I/O is in flight: completions are reaped between slices. */
    private static final long REAP_SLICE_NANOS = 100_000L;

    private Pause() {
    }

    /** Sleeps {@code nanos}, spinning for the first {@code spinNanos}; false if stopped early. */
    static boolean stall(JobExecution job, long nanos, long spinNanos, EngineSide reaper)
            throws io.jfio.engine.nativeio.NativeIoException {
        long now = System.nanoTime();
        long end = now + nanos;
        long spinEnd = now + Math.min(spinNanos, nanos);
        while (System.nanoTime() < spinEnd) {
            if (job.stopRequested()) {
                return false;
            }
            Thread.onSpinWait();
        }
        return until(job, end, reaper);
    }

    /** Waits until {@code deadlineNanos}; with a reaper, reaps completions meanwhile. False if stopped. */
    static boolean until(JobExecution job, long deadlineNanos, EngineSide reaper)
            throws io.jfio.engine.nativeio.NativeIoException {
        while (true) {
            if (job.stopRequested()) {
                return false;
            }
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            if (reaper != null && reaper.inflight() > 0) {
                reaper.reap(0, Integer.MAX_VALUE);
                LockSupport.parkNanos(Math.min(left, REAP_SLICE_NANOS));
            } else {
                LockSupport.parkNanos(Math.min(left, SLICE_NANOS));
            }
        }
    }
}
