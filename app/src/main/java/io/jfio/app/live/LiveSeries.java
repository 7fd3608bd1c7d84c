package io.jfio.app.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One named line of a live chart with bounded memory: when it holds more than {@code maxPoints}, the
 * older half is thinned to every other point, so recent windows stay exact and a long run keeps its shape
 * (the full data is in the log files). JavaFX thread only.
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
        for (int i = 0; i < half; i += 2) {
            thinned.add(all.get(i));
        }
        thinned.addAll(all.subList(half, all.size()));
        return thinned;
    }
}
