package io.jfio.app.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionWindow;

/**
 * Joins the jobs' windows that end at the same time into {@link AggregateWindow}s: summed IOPS and bandwidth
 * per direction, and the jobs' windows kept for their merged latencies. Windows are anchored at each job's
 * start, so jobs started together share their window ends. A time is complete, and handed out once, when
 * every job still running has delivered a window ending at or after it; a job's final window takes it out
 * of the wait. Holds only the windows of incomplete times (a few per job). Plain Java; one thread.
 */
public final class AggregateWindows {

    private static final int DIRECTIONS = Direction.values().length;

    private final TreeMap<Long, Slot> pending = new TreeMap<>();
    private final Map<String, Long> runningJobsLastEnd = new HashMap<>();

    /**
     * Job {@code job} is running: until it delivers windows it holds every time back (so that a job whose
     * first window comes a moment after the others' still joins them). A job never announced holds times
     * back only from its first window on.
     */
    public void jobStarted(String job) {
        runningJobsLastEnd.putIfAbsent(job, Long.MIN_VALUE);
    }

    /** A job delivered a window ending at {@code endNanos}; its last if {@code finalWindow}. */
    public void windowSeen(String job, long endNanos, boolean finalWindow) {
        if (finalWindow) {
            runningJobsLastEnd.remove(job);
        } else {
            runningJobsLastEnd.merge(job, endNanos, Math::max);
        }
    }

    /** Adds one job's window of one direction, spanning {@code startNanos} to {@code endNanos}. */
    public void add(long startNanos, long endNanos, DirectionWindow window) {
        Slot slot = pending.computeIfAbsent(endNanos, e -> new Slot(startNanos));
        slot.startNanos = Math.min(slot.startNanos, startNanos);
        int d = window.direction().ordinal();
        slot.iops[d] += window.iops();
        slot.bandwidthKiBps[d] += window.bandwidthKiBps();
        if (slot.windows[d] == null) {
            slot.windows[d] = new ArrayList<>(2);
        }
        slot.windows[d].add(window);
    }

    /** The complete times, oldest first, removed from the wait. */
    public List<AggregateWindow> takeComplete() {
        long through = Long.MAX_VALUE;
        for (long end : runningJobsLastEnd.values()) {
            through = Math.min(through, end);
        }
        List<AggregateWindow> done = new ArrayList<>();
        while (!pending.isEmpty() && pending.firstKey() <= through) {
            Map.Entry<Long, Slot> e = pending.pollFirstEntry();
            done.add(e.getValue().toWindow(e.getKey()));
        }
        return done;
    }

    /** Forgets everything (a new run). */
    public void clear() {
        pending.clear();
        runningJobsLastEnd.clear();
    }

    /** The sums at one window end, while jobs are still to deliver. */
    private static final class Slot {
        long startNanos;
        final double[] iops = new double[DIRECTIONS];
        final double[] bandwidthKiBps = new double[DIRECTIONS];
        @SuppressWarnings("unchecked")
        final List<DirectionWindow>[] windows = new List[DIRECTIONS];

        Slot(long startNanos) {
            this.startNanos = startNanos;
        }

        AggregateWindow toWindow(long endNanos) {
            List<AggregateWindow.Part> parts = new ArrayList<>(DIRECTIONS);
            for (Direction d : Direction.values()) {
                int i = d.ordinal();
                if (windows[i] != null) {
                    parts.add(new AggregateWindow.Part(d, iops[i], bandwidthKiBps[i], windows[i]));
                }
            }
            return new AggregateWindow(startNanos, endNanos, parts);
        }
    }
}
