package io.jfio.engine.sample;

import io.jfio.model.result.Direction;

/**
 * Receives every recorded I/O as primitives, for per-I/O logs ({@code log_avg_msec=0}). Called on the
 * I/O thread from {@link JobSampler}: implementations must not allocate, and may wait only for a consumer
 * that is making progress (a per-I/O log is worth having only complete; see the log writer's ring).
 */
public interface PerIoListener {

    /** One completed I/O; times are {@link NanoClock} readings. */
    void onCompletion(Direction direction, long bytes, long offset, int prio, long clatNanos, long latNanos,
                      long completionNanos);

    /** One submission of an asynchronous engine. */
    void onSubmission(Direction direction, long bytes, long offset, int prio, long slatNanos, long submitNanos);
}
