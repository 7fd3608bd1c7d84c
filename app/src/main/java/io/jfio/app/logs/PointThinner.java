package io.jfio.app.logs;

import java.util.ArrayList;
import java.util.List;

import io.jfio.app.results.TimePoint;

/**
 * Collects a series' points in bounded memory: past {@code 2 * maxPoints} points, adjacent pairs become
 * their mean (time and value), and from then on every two (four, ...) arriving points are averaged
 * before they are kept, so a per-I/O log of millions of lines draws as at most about
 * {@code 2 * maxPoints} points that each stand for the same number of entries. Not thread-safe.
 */
public final class PointThinner {

    private final int maxPoints;
    private final List<TimePoint> kept = new ArrayList<>();
    private int factor = 1;
    private double pendingSeconds;
    private double pendingValue;
    private int pendingCount;

    /** @param maxPoints points kept before thinning (at least 1) */
    public PointThinner(int maxPoints) {
        if (maxPoints < 1) {
            throw new IllegalArgumentException("keep at least one point, not " + maxPoints);
        }
        this.maxPoints = maxPoints;
    }

    public void add(double seconds, double value) {
        pendingSeconds += seconds;
        pendingValue += value;
        pendingCount++;
        if (pendingCount == factor) {
            kept.add(new TimePoint(pendingSeconds / factor, pendingValue / factor));
            pendingSeconds = 0;
            pendingValue = 0;
            pendingCount = 0;
            if (kept.size() >= 2 * maxPoints) {
                halve();
            }
        }
    }

    private void halve() {
        List<TimePoint> pairs = new ArrayList<>(kept.size() / 2);
        for (int i = 0; i + 1 < kept.size(); i += 2) {
            TimePoint a = kept.get(i);
            TimePoint b = kept.get(i + 1);
            pairs.add(new TimePoint((a.seconds() + b.seconds()) / 2, (a.value() + b.value()) / 2));
        }
        kept.clear();
        kept.addAll(pairs);
        factor *= 2;
    }

    /** How many entries each kept point averages (1 until the first thinning). */
    public int entriesPerPoint() {
        return factor;
    }

    /** The kept points, plus the mean of those still being collected. */
    public List<TimePoint> points() {
        List<TimePoint> out = new ArrayList<>(kept);
        if (pendingCount > 0) {
            out.add(new TimePoint(pendingSeconds / pendingCount, pendingValue / pendingCount));
        }
        return out;
    }
}
