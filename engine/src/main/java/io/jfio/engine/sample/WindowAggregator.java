package io.jfio.engine.sample;

import io.jfio.model.result.IntervalSample;

import java.util.function.Consumer;

/**
 * Joins consecutive base windows of one job into windows of a longer period (a multiple of the base),
 * still anchored at the job's start: with 100 ms base windows and a 500 ms period it emits [0, 500),
 * [500, 1000), ... The job's last, partial window is emitted too, its rates over its real length, except
 * that a tail shorter than a tenth of the period (the few I/Os that complete right after a time_based job's
 * deadline) is folded into the window before it, so no I/O is lost and no line shows a rate measured over
 * a sliver of time. For that it holds each full window back until the next one has started.
 * <p>
 * A gap in the input (a base window lost to a full channel) flushes what it holds and starts over.
 * Percentiles of joined windows are only kept where a single base window had samples, or where the windows
 * kept their histograms ({@link JobSampler#keepWindowHistograms}; see
 * {@link io.jfio.model.result.LatencySummary#merge}).
 * <p>
 * Not thread-safe: one consumer thread (or the sampler's closer, under its lock).
 */
public final class WindowAggregator {

    private final long periodNanos;
    private final long foldNanos;
    private IntervalSample open;
    private IntervalSample held;

    /** @param periodMillis the output period, a multiple of the input windows' length */
    public WindowAggregator(long periodMillis) {
        if (periodMillis <= 0) {
            throw new IllegalArgumentException("period must be positive, got " + periodMillis + " ms");
        }
        this.periodNanos = periodMillis * 1_000_000L;
        this.foldNanos = periodNanos / 10;
    }

    /** Takes the next base window, in order, and emits any completed windows to {@code sink}. */
    public void accept(IntervalSample window, Consumer<IntervalSample> sink) {
        IntervalSample last = open != null ? open : held;
        if (last != null && (last.endNanos() != window.startNanos() || last.jobIndex() != window.jobIndex())) {
            flush(sink);
        }
        open = open == null ? window : IntervalSample.merge(open, window);
        if (window.finalWindow()) {
            flush(sink);
        } else if (window.endNanos() % periodNanos == 0) {
            if (held != null) {
                sink.accept(held);
            }
            held = open;
            open = null;
        }
    }

    /** Emits what is held: the job ended (or its channel closed). */
    public void flush(Consumer<IntervalSample> sink) {
        if (open != null && held != null && open.durationNanos() < foldNanos) {
            sink.accept(IntervalSample.merge(held, open));
        } else {
            if (held != null) {
                sink.accept(held);
            }
            if (open != null && (open.durationNanos() > 0 || open.hasIo())) {
                sink.accept(open);
            }
        }
        open = null;
        held = null;
    }
}
