package io.jfio.app.results;

import java.util.List;

/**
 * One line of a graph that compares runs: one job and direction of one run, named
 * "Run 2 · seq read" so that the legend tells the runs apart. Immutable; any thread.
 *
 * @param name     the legend's name
 * @param runLabel the run's short label ("Run 2")
 * @param points   oldest first
 */
public record OverlaySeries(String name, String runLabel, List<TimePoint> points) {

    public OverlaySeries {
        points = List.copyOf(points);
    }
}
