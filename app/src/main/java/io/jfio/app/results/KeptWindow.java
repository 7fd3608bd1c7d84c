package io.jfio.app.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.IntervalSample;

/**
 * One kept sample window of a job, possibly several adjacent windows merged, with each direction's p99
 * completion latency. A merged window loses its percentiles ({@link IntervalSample#merge}), so the p99 kept
 * for it is the largest p99 of the windows it merged: an upper bound on its true p99, which is never above
 * the largest of its parts'. Immutable; any thread.
 */
public final class KeptWindow {

    private static final int DIRECTIONS = Direction.values().length;

    private final IntervalSample sample;
    private final long[] p99ClatNanos;

    private KeptWindow(IntervalSample sample, long[] p99ClatNanos) {
        this.sample = Objects.requireNonNull(sample, "sample");
        this.p99ClatNanos = p99ClatNanos;
    }

    /** A window as the sampler closed it, without its latency histograms (they would cost kilobytes a window). */
    public static KeptWindow of(IntervalSample sample) {
        long[] p99 = new long[DIRECTIONS];
        for (Direction d : Direction.values()) {
            p99[d.ordinal()] = sample.direction(d).clat().valueAt(99);
        }
        return new KeptWindow(withoutHistograms(sample), p99);
    }

    private static IntervalSample withoutHistograms(IntervalSample sample) {
        boolean any = false;
        for (DirectionWindow w : sample.directions()) {
            any |= w.clat().hasHistogram() || w.lat().hasHistogram() || w.slat().hasHistogram();
        }
        if (!any) {
            return sample;
        }
        List<DirectionWindow> stripped = new ArrayList<>(sample.directions().size());
        for (DirectionWindow w : sample.directions()) {
            stripped.add(new DirectionWindow(w.direction(), w.bytes(), w.ios(), w.iops(), w.bandwidthKiBps(),
                    w.lastBlockSizeBytes(), withoutHistogram(w.clat()), withoutHistogram(w.lat()),
                    withoutHistogram(w.slat()), w.fioHistogram()));
        }
        return new IntervalSample(sample.jobName(), sample.jobIndex(), sample.startNanos(), sample.endNanos(),
                sample.finalWindow(), stripped);
    }

    private static LatencySummary withoutHistogram(LatencySummary s) {
        return s.hasHistogram() ? new LatencySummary(s.count(), s.minNanos(), s.maxNanos(), s.meanNanos(),
                s.stdevNanos(), s.percentiles()) : s;
    }

    /** True if {@code later} starts where this window ends and is of the same job. */
    public boolean precedes(KeptWindow later) {
        return sample.endNanos() == later.sample.startNanos() && sample.jobIndex() == later.sample.jobIndex();
    }

    /** This window followed by {@code later} as one; see {@link #precedes}. */
    public KeptWindow mergedWith(KeptWindow later) {
        long[] p99 = new long[DIRECTIONS];
        for (int i = 0; i < DIRECTIONS; i++) {
            p99[i] = Math.max(p99ClatNanos[i], later.p99ClatNanos[i]);
        }
        return new KeptWindow(IntervalSample.merge(sample, later.sample), p99);
    }

    public IntervalSample sample() {
        return sample;
    }

    /** The window's p99 clat in {@code direction} (the largest of merged windows'), or -1 if unknown. */
    public long p99ClatNanos(Direction direction) {
        return p99ClatNanos[direction.ordinal()];
    }

    @Override
    public String toString() {
        return "KeptWindow[" + sample.jobName() + " " + sample.startNanos() + ".." + sample.endNanos() + " p99="
                + Arrays.toString(p99ClatNanos) + "]";
    }
}
