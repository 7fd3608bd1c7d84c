package io.jfio.app.results;

import java.util.Arrays;

import io.jfio.app.live.AggregateWindow;
import io.jfio.app.live.LatencyKind;
import io.jfio.model.result.Direction;

/**
 * One kept window of a whole run, possibly several adjacent ones merged: per direction the IOPS and
 * bandwidth of all its jobs summed at one window end ({@link AggregateWindow}), and the p99 completion
 * latency of all the jobs' I/Os of that window, merged exactly from the windows' histograms when the engine
 * kept them ({@link io.jfio.app.live.MergedLatency}). Merged kept windows have their rates over their
 * combined length, and as p99 the largest of their parts' (an upper bound on their true p99, as
 * {@link KeptWindow}'s). Immutable; any thread.
 */
public final class RunWindow {

    private static final int DIRECTIONS = Direction.values().length;

    private final long startNanos;
    private final long endNanos;
    private final boolean[] present;
    private final double[] iops;
    private final double[] bandwidthKiBps;
    private final long[] p99ClatNanos;

    private RunWindow(long startNanos, long endNanos, boolean[] present, double[] iops, double[] bandwidthKiBps,
                      long[] p99ClatNanos) {
        this.startNanos = startNanos;
        this.endNanos = endNanos;
        this.present = present;
        this.iops = iops;
        this.bandwidthKiBps = bandwidthKiBps;
        this.p99ClatNanos = p99ClatNanos;
    }

    /** The jobs' windows ending at one time, as one window of the run. */
    public static RunWindow of(AggregateWindow window) {
        boolean[] present = new boolean[DIRECTIONS];
        double[] iops = new double[DIRECTIONS];
        double[] bandwidth = new double[DIRECTIONS];
        long[] p99 = new long[DIRECTIONS];
        Arrays.fill(p99, -1);
        for (AggregateWindow.Part part : window.directions()) {
            int d = part.direction().ordinal();
            present[d] = true;
            iops[d] = part.iops();
            bandwidth[d] = part.bandwidthKiBps();
            p99[d] = part.latency(LatencyKind.CLAT, 99).valueAt(99);
        }
        return new RunWindow(window.startNanos(), window.endNanos(), present, iops, bandwidth, p99);
    }

    /** True if {@code later} starts where this window ends. */
    public boolean precedes(RunWindow later) {
        return endNanos == later.startNanos;
    }

    /** This window followed by {@code later} as one: rates over the combined length, the larger p99. */
    public RunWindow mergedWith(RunWindow later) {
        double a = endNanos - startNanos;
        double b = later.endNanos - later.startNanos;
        double total = a + b;
        boolean[] present = new boolean[DIRECTIONS];
        double[] iops = new double[DIRECTIONS];
        double[] bandwidth = new double[DIRECTIONS];
        long[] p99 = new long[DIRECTIONS];
        for (int d = 0; d < DIRECTIONS; d++) {
            present[d] = this.present[d] || later.present[d];
            iops[d] = total <= 0 ? this.iops[d] + later.iops[d] : (this.iops[d] * a + later.iops[d] * b) / total;
            bandwidth[d] = total <= 0 ? this.bandwidthKiBps[d] + later.bandwidthKiBps[d]
                    : (this.bandwidthKiBps[d] * a + later.bandwidthKiBps[d] * b) / total;
            p99[d] = Math.max(p99ClatNanos[d], later.p99ClatNanos[d]);
        }
        return new RunWindow(startNanos, later.endNanos, present, iops, bandwidth, p99);
    }

    /** Start, nanoseconds since the jobs' start. */
    public long startNanos() {
        return startNanos;
    }

    /** End, nanoseconds since the jobs' start. */
    public long endNanos() {
        return endNanos;
    }

    /** True if some job drew {@code direction} in this window. */
    public boolean has(Direction direction) {
        return present[direction.ordinal()];
    }

    /** The jobs' IOPS in {@code direction}, summed. */
    public double iops(Direction direction) {
        return iops[direction.ordinal()];
    }

    /** The jobs' bandwidth in {@code direction}, summed, KiB/s. */
    public double bandwidthKiBps(Direction direction) {
        return bandwidthKiBps[direction.ordinal()];
    }

    /** The p99 clat of all the jobs' I/Os in {@code direction} (the largest of merged windows'), or -1 if unknown. */
    public long p99ClatNanos(Direction direction) {
        return p99ClatNanos[direction.ordinal()];
    }

    @Override
    public String toString() {
        return "RunWindow[" + startNanos + ".." + endNanos + " iops=" + Arrays.toString(iops) + " p99="
                + Arrays.toString(p99ClatNanos) + "]";
    }
}
