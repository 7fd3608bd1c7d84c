package io.jfio.app.live;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;

/**
 * Which windows the time charts draw, the same live and in the results: a job's direction from its first
 * window with I/O on (idle windows after that draw a stall), except that a job's last window draws nothing
 * when it did no I/O in that direction or is shorter than a quarter of the job's window before it (the
 * sliver after the last full window, whose rates over a few milliseconds are noise that would draw a spike
 * at the end of every run; the job's totals are in the results). Call per job in window order.
 * Not thread-safe: one thread.
 */
public final class DrawnWindows {

    private final Map<String, Long> lastDurationNanos = new HashMap<>();
    private final Set<String> started = new HashSet<>();

    /** Whether job {@code job}'s window {@code sample} draws at all (false for a final sliver). */
    public boolean drawsWindow(String job, IntervalSample sample) {
        Long previous = lastDurationNanos.put(job, sample.durationNanos());
        return !(sample.finalWindow() && previous != null && sample.durationNanos() * 4 < previous);
    }

    /** Whether one direction of a drawn window draws a point; a direction starts at its first I/O. */
    public boolean drawsDirection(String job, IntervalSample sample, DirectionWindow window) {
        String key = job + "\u0000" + window.direction();
        if (window.hasIo()) {
            started.add(key);
            return true;
        }
        return !sample.finalWindow() && started.contains(key);
    }

    /** Forgets every job (a new run). */
    public void clear() {
        lastDurationNanos.clear();
        started.clear();
    }
}
