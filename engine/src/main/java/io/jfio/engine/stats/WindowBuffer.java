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
 * Not thread-safe: the record methods belong to the I/O thread while the buffer is active; once swapped
 * out, {@link #setBounds} to the thread that closed the window, reading and {@link #reset} to the thread
 * that publishes it (handed over through a queue that orders the accesses).
 */
public final class WindowBuffer {

    private final DirectionAccumulator[] byDirection = new DirectionAccumulator[Direction.values().length];
    private final long[] latencyBuckets = new long[LatencyBuckets.BUCKET_COUNT];
    private long startNanos;
    private long endNanos;
    private boolean finalWindow;

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

    /** The sampled directions' windows, in {@link Direction} order, without latency histograms. */
    public List<DirectionWindow> toWindows(long durationNanos, PercentileList percentiles) {
        return toWindows(durationNanos, percentiles, false);
    }

    /**
     * The sampled directions' windows, in {@link Direction} order; their latency summaries keep their
     * histograms if {@code histograms}.
     */
    public List<DirectionWindow> toWindows(long durationNanos, PercentileList percentiles, boolean histograms) {
        List<DirectionWindow> out = new ArrayList<>(byDirection.length);
        for (DirectionAccumulator acc : byDirection) {
            if (acc != null) {
                out.add(acc.toWindow(durationNanos, percentiles, histograms));
            }
        }
        return out;
    }

    /** Marks the window this buffer holds, when it is closed: clock readings, and whether it is the job's last. */
    public void setBounds(long windowStartNanos, long windowEndNanos, boolean last) {
        this.startNanos = windowStartNanos;
        this.endNanos = windowEndNanos;
        this.finalWindow = last;
    }

    /** The closed window's start (a clock reading). */
    public long startNanos() {
        return startNanos;
    }

    /** The closed window's end (a clock reading). */
    public long endNanos() {
        return endNanos;
    }

    /** True if the closed window is the job's last. */
    public boolean finalWindow() {
        return finalWindow;
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
