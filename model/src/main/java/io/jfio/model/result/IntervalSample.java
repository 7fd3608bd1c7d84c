package io.jfio.model.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One closed sample window of one job: what each data direction completed between {@code startNanos} and
 * {@code endNanos}, both measured from the job's start (after {@code ramp_time}). Windows are anchored at
 * the job's start, so a full window of length W spans [k*W, (k+1)*W); the job's last window ends when the
 * job ended and is flagged {@code finalWindow}, its rates computed over its real length.
 * Immutable; any thread.
 *
 * @param jobName     the job's section name
 * @param jobIndex    the job's number, 1-based, as fio numbers its log files ({@code P_bw.N.log})
 * @param startNanos  window start, nanoseconds since the job's start
 * @param endNanos    window end, nanoseconds since the job's start
 * @param finalWindow true for the job's last window (possibly shorter than the others)
 * @param directions  one entry per direction the job samples, in {@link Direction} order
 */
public record IntervalSample(String jobName, int jobIndex, long startNanos, long endNanos, boolean finalWindow,
                             List<DirectionWindow> directions) {

    private static final long NANOS_PER_MILLI = 1_000_000L;

    public IntervalSample {
        Objects.requireNonNull(jobName, "jobName");
        if (endNanos < startNanos) {
            throw new IllegalArgumentException("window ends before it starts: " + startNanos + ".." + endNanos);
        }
        directions = List.copyOf(directions);
    }

    /** Window start in whole milliseconds since the job's start (rounded down). */
    public long startMillis() {
        return startNanos / NANOS_PER_MILLI;
    }

    /** Window end in whole milliseconds since the job's start (rounded down). */
    public long endMillis() {
        return endNanos / NANOS_PER_MILLI;
    }

    /** The window's real length in nanoseconds. */
    public long durationNanos() {
        return endNanos - startNanos;
    }

    /** The entry for {@code direction}, or an idle one if the job does not sample it. */
    public DirectionWindow direction(Direction direction) {
        for (DirectionWindow w : directions) {
            if (w.direction() == direction) {
                return w;
            }
        }
        return DirectionWindow.idle(direction);
    }

    /** True if any direction completed an I/O in this window. */
    public boolean hasIo() {
        for (DirectionWindow w : directions) {
            if (w.hasIo()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The union of two consecutive windows of one job ({@code later} starts where {@code earlier} ends),
     * with rates over the combined real length. Percentiles survive only where one side had no samples.
     */
    public static IntervalSample merge(IntervalSample earlier, IntervalSample later) {
        if (earlier.endNanos != later.startNanos || earlier.jobIndex != later.jobIndex) {
            throw new IllegalArgumentException("windows are not consecutive windows of one job: "
                    + earlier.startNanos + ".." + earlier.endNanos + " and " + later.startNanos + ".." + later.endNanos);
        }
        long combined = later.endNanos - earlier.startNanos;
        List<DirectionWindow> merged = new ArrayList<>();
        for (Direction d : Direction.values()) {
            boolean inEarlier = earlier.samples(d);
            boolean inLater = later.samples(d);
            if (inEarlier || inLater) {
                merged.add(DirectionWindow.merge(earlier.direction(d), later.direction(d), combined));
            }
        }
        return new IntervalSample(earlier.jobName, earlier.jobIndex, earlier.startNanos, later.endNanos,
                later.finalWindow, merged);
    }

    private boolean samples(Direction d) {
        for (DirectionWindow w : directions) {
            if (w.direction() == d) {
                return true;
            }
        }
        return false;
    }
}
