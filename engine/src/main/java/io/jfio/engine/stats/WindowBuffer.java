package io.jfio.engine.stats;

import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.LatencyBuckets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Everything recorded for one job within one sample window: a {@link DirectionAccumulator} per sampled
 * direction and fio's latency bucket counts. A sampler owns two and swaps them at each window boundary.
 * <p>
 * Not thread-safe: the record methods belong to the I/O thread inside the sampler's phaser critical
 * section; reading and {@link #reset} to the closer holding the close lock, after the phaser flip.
 */
public final class WindowBuffer {

    private final DirectionAccumulator[] byDirection = new DirectionAccumulator[Direction.values().length];
    private final long[] latencyBuckets = new long[LatencyBuckets.BUCKET_COUNT];

    /** Allocates everything for the given directions up front. */
    public WindowBuffer(Set<Direction> directions, boolean submissionLatency, boolean fioHistogram) {
        for (Direction d : directions) {
            byDirection[d.ordinal()] = new DirectionAccumulator(d, submissionLatency, fioHistogram);
        }
    }

    /** Records a completed I/O; ignored for a direction the job does not sample. Allocation-free. */
    public void recordCompletion(Direction direction, long bytes, long clatNanos, long latNanos) {
        DirectionAccumulator acc = byDirection[direction.ordinal()];
        if (acc != null) {
            acc.recordCompletion(bytes, clatNanos, latNanos);
            latencyBuckets[LatencyBuckets.indexOf(clatNanos)]++;
        }
    }

    /** Records a submission latency. Allocation-free. */
    public void recordSubmission(Direction direction, long slatNanos) {
        DirectionAccumulator acc = byDirection[direction.ordinal()];
        if (acc != null) {
            acc.recordSubmission(slatNanos);
        }
    }

    /** The accumulator of {@code direction}, or {@code null} if not sampled. */
    public DirectionAccumulator direction(Direction direction) {
        return byDirection[direction.ordinal()];
    }

    /** The sampled directions' windows, in {@link Direction} order. */
    public List<DirectionWindow> toWindows(long durationNanos, PercentileList percentiles) {
        List<DirectionWindow> out = new ArrayList<>(byDirection.length);
        for (DirectionAccumulator acc : byDirection) {
            if (acc != null) {
                out.add(acc.toWindow(durationNanos, percentiles));
            }
        }
        return out;
    }

    long[] latencyBuckets() {
        return latencyBuckets;
    }

    /** Forgets everything, for reuse. */
    public void reset() {
        for (DirectionAccumulator acc : byDirection) {
            if (acc != null) {
                acc.reset();
            }
        }
        Arrays.fill(latencyBuckets, 0);
    }
}
