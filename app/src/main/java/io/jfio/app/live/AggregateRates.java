package io.jfio.app.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.jfio.model.result.Direction;

/**
 * Sums the jobs' IOPS and bandwidth per direction over windows that end at the same time (windows are
 * anchored at each job's start, so jobs started together share their window ends). A time is complete, and
 * handed out once, when every job still running has delivered a window ending at or after it; a job's final
 * window takes it out of the wait. Plain Java; one thread (the view-model's).
 */
final class AggregateRates {

    /** The jobs' sums at one window end. */
    record Slot(long endNanos, double[] iops, double[] bandwidthKiBps, boolean[] present) {
    }

    private final TreeMap<Long, Slot> pending = new TreeMap<>();
    private final Map<String, Long> runningJobsLastEnd = new HashMap<>();

    /** A job delivered a window ending at {@code endNanos}; its last if {@code finalWindow}. */
    void windowSeen(String job, long endNanos, boolean finalWindow) {
        if (finalWindow) {
            runningJobsLastEnd.remove(job);
        } else {
            runningJobsLastEnd.merge(job, endNanos, Math::max);
        }
    }

    /** Adds one job's direction values to the sums at {@code endNanos}. */
    void add(long endNanos, Direction direction, double iops, double bandwidthKiBps) {
        int n = Direction.values().length;
        Slot slot = pending.computeIfAbsent(endNanos, e -> new Slot(e, new double[n], new double[n], new boolean[n]));
        slot.iops()[direction.ordinal()] += iops;
        slot.bandwidthKiBps()[direction.ordinal()] += bandwidthKiBps;
        slot.present()[direction.ordinal()] = true;
    }

    /** The complete times, oldest first, removed from the wait. */
    List<Slot> takeComplete() {
        long through = Long.MAX_VALUE;
        for (long end : runningJobsLastEnd.values()) {
            through = Math.min(through, end);
        }
        List<Slot> done = new ArrayList<>();
        while (!pending.isEmpty() && pending.firstKey() <= through) {
            done.add(pending.pollFirstEntry().getValue());
        }
        return done;
    }

    /** Forgets everything (a new run). */
    void clear() {
        pending.clear();
        runningJobsLastEnd.clear();
    }
}
