package io.jfio.app.live;

import java.util.List;

import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionWindow;

/**
 * The jobs' windows that end at the same time since their start, as one: per direction the summed IOPS
 * and bandwidth and the jobs' latencies merged ({@link MergedLatency}). Immutable; any thread.
 *
 * @param startNanos the earliest start of the windows, nanoseconds since the jobs' start
 * @param endNanos   their common end
 * @param directions one entry per direction some job drew in this window, in {@link Direction} order
 */
public record AggregateWindow(long startNanos, long endNanos, List<AggregateWindow.Part> directions) {

    public AggregateWindow {
        directions = List.copyOf(directions);
    }

    /** The entry of {@code direction}, or {@code null} if no job drew it in this window. */
    public Part direction(Direction direction) {
        for (Part p : directions) {
            if (p.direction() == direction) {
                return p;
            }
        }
        return null;
    }

    /**
     * One direction of the jobs' windows.
     *
     * @param direction      the direction
     * @param iops           the jobs' IOPS summed
     * @param bandwidthKiBps the jobs' bandwidth summed, KiB/s
     * @param jobWindows     each job's window of this direction, for its latencies
     */
    public record Part(Direction direction, double iops, double bandwidthKiBps, List<DirectionWindow> jobWindows) {

        public Part {
            jobWindows = List.copyOf(jobWindows);
        }

        /** The jobs' latency of {@code kind} in this window, merged, with its values at {@code percents}. */
        public MergedLatency latency(LatencyKind kind, double... percents) {
            List<io.jfio.model.result.LatencySummary> parts = new java.util.ArrayList<>(jobWindows.size());
            for (DirectionWindow w : jobWindows) {
                parts.add(kind.of(w));
            }
            return MergedLatency.of(parts, percents);
        }
    }
}
