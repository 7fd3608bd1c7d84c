package io.jfio.app.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One named line of a live chart with bounded memory: when it holds more than {@code maxPoints}, the
 * older half is thinned to its envelope (of each four points, the lowest and the highest, in time order),
 * so recent windows stay exact, a latency spike or an IOPS stall is never thinned away, and the first and
 * the last point always stay (the full data is in the log files). The older a stretch of the run, the
 * fewer points it keeps. JavaFX thread only.
 */
public final class LiveSeries {

    private final String name;
    private final int maxPoints;
    private final ObservableList<LivePoint> points = FXCollections.observableArrayList();

    public LiveSeries(String name, int maxPoints) {
        this.name = Objects.requireNonNull(name, "name");
        if (maxPoints < 4) {
            throw new IllegalArgumentException("maxPoints must be at least 4: " + maxPoints);
        }
        this.maxPoints = maxPoints;
    }

    public String name() {
        return name;
    }

    public int maxPoints() {
        return maxPoints;
    }

    /** The points, oldest first. */
    public ObservableList<LivePoint> points() {
        return points;
    }

    /** Appends a batch of points (one list change), then thins the older half if over the maximum. */
    public void addAll(List<LivePoint> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (points.size() + batch.size() <= maxPoints) {
            points.addAll(batch);
            return;
        }
        List<LivePoint> all = new ArrayList<>(points.size() + batch.size());
        all.addAll(points);
        all.addAll(batch);
        while (all.size() > maxPoints) {
            all = thinOlderHalf(all);
        }
        points.setAll(all);
    }

    private static List<LivePoint> thinOlderHalf(List<LivePoint> all) {
        int half = all.size() / 2;
        List<LivePoint> thinned = new ArrayList<>(all.size());
        thinned.add(all.get(0));
        for (int from = 1; from < half; from += 4) {
            int to = Math.min(half, from + 4);
            if (to - from <= 2) {
                thinned.addAll(all.subList(from, to));
                continue;
            }
            int low = from;
            int high = from;
            for (int i = from + 1; i < to; i++) {
                low = all.get(i).value() < all.get(low).value() ? i : low;
                high = all.get(i).value() > all.get(high).value() ? i : high;
            }
            thinned.add(all.get(Math.min(low, high)));
            if (low != high) {
                thinned.add(all.get(Math.max(low, high)));
            }
        }
        thinned.addAll(all.subList(half, all.size()));
        return thinned;
    }
}
