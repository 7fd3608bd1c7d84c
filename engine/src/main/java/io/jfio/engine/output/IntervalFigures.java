package io.jfio.engine.output;

import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Rates;

import java.util.Arrays;
import java.util.List;

/**
 * What one job (or a reporting group) did between two periodic reports, from the sampler's closed windows:
 * per direction the bytes, I/Os and latencies of those windows, and rates over the time they cover. This is
 * the "interval" object jfio adds to each job of a periodic JSON report (fio only reports cumulative
 * figures there; fio issue #130 asks for these). Latency percentiles survive only when the interval is one
 * window. Immutable; any thread.
 */
public final class IntervalFigures {

    private static final int DIRECTIONS = Direction.values().length;

    private final long startNanos;
    private final long endNanos;
    private final long coveredNanos;
    private final int windows;
    private final long[] bytes;
    private final long[] ios;
    private final LatencySummary[] clat;
    private final LatencySummary[] lat;
    private final LatencySummary[] slat;

    private IntervalFigures(long startNanos, long endNanos, long coveredNanos, int windows, long[] bytes, long[] ios,
                            LatencySummary[] clat, LatencySummary[] lat, LatencySummary[] slat) {
        this.startNanos = startNanos;
        this.endNanos = endNanos;
        this.coveredNanos = coveredNanos;
        this.windows = windows;
        this.bytes = bytes;
        this.ios = ios;
        this.clat = clat;
        this.lat = lat;
        this.slat = slat;
    }

    /**
     * The figures of one job's windows (any order; a window lost to a full channel leaves a gap that the
     * rates do not count). Empty windows list: an interval with nothing in it.
     */
    public static IntervalFigures of(List<IntervalSample> windows) {
        long start = Long.MAX_VALUE;
        long end = 0;
        long covered = 0;
        long[] bytes = new long[DIRECTIONS];
        long[] ios = new long[DIRECTIONS];
        LatencySummary[] clat = empties();
        LatencySummary[] lat = empties();
        LatencySummary[] slat = empties();
        for (IntervalSample w : windows) {
            start = Math.min(start, w.startNanos());
            end = Math.max(end, w.endNanos());
            covered += w.durationNanos();
            for (DirectionWindow d : w.directions()) {
                int i = d.direction().ordinal();
                bytes[i] += d.bytes();
                ios[i] += d.ios();
                clat[i] = LatencySummary.merge(clat[i], d.clat());
                lat[i] = LatencySummary.merge(lat[i], d.lat());
                slat[i] = LatencySummary.merge(slat[i], d.slat());
            }
        }
        if (windows.isEmpty()) {
            start = 0;
        }
        return new IntervalFigures(start, end, covered, windows.size(), bytes, ios, clat, lat, slat);
    }

    /** The figures of two jobs of one reporting group over the same interval: amounts add up. */
    public IntervalFigures plusJob(IntervalFigures other) {
        long[] b = bytes.clone();
        long[] n = ios.clone();
        LatencySummary[] c = clat.clone();
        LatencySummary[] l = lat.clone();
        LatencySummary[] s = slat.clone();
        for (int i = 0; i < DIRECTIONS; i++) {
            b[i] += other.bytes[i];
            n[i] += other.ios[i];
            c[i] = LatencySummary.merge(c[i], other.clat[i]);
            l[i] = LatencySummary.merge(l[i], other.lat[i]);
            s[i] = LatencySummary.merge(s[i], other.slat[i]);
        }
        return new IntervalFigures(Math.min(startNanos, other.startNanos), Math.max(endNanos, other.endNanos),
                Math.max(coveredNanos, other.coveredNanos), Math.max(windows, other.windows), b, n, c, l, s);
    }

    private static LatencySummary[] empties() {
        LatencySummary[] out = new LatencySummary[DIRECTIONS];
        Arrays.fill(out, LatencySummary.EMPTY);
        return out;
    }

    /** Start of the first window, nanoseconds since the job's start. */
    public long startNanos() {
        return startNanos;
    }

    /** End of the last window, nanoseconds since the job's start. */
    public long endNanos() {
        return endNanos;
    }

    /** The time the windows cover (their lengths added up). */
    public long coveredNanos() {
        return coveredNanos;
    }

    /** Number of windows merged. */
    public int windows() {
        return windows;
    }

    public long bytes(Direction d) {
        return bytes[d.ordinal()];
    }

    public long ios(Direction d) {
        return ios[d.ordinal()];
    }

    /** Bytes per second over the covered time. */
    public double bytesPerSecond(Direction d) {
        return Rates.perSecond(bytes[d.ordinal()], coveredNanos);
    }

    /** I/Os per second over the covered time. */
    public double iops(Direction d) {
        return Rates.perSecond(ios[d.ordinal()], coveredNanos);
    }

    public LatencySummary clat(Direction d) {
        return clat[d.ordinal()];
    }

    public LatencySummary lat(Direction d) {
        return lat[d.ordinal()];
    }

    public LatencySummary slat(Direction d) {
        return slat[d.ordinal()];
    }
}
