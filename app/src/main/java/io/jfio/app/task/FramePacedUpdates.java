package io.jfio.app.task;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.animation.AnimationTimer;

/**
 * Updates of several independent parts of a view (charts, say), applied one part every other frame: a batch of
 * new data that changes four charts then costs four small frames (each part's CSS, layout and repaint) instead of
 * one large one that holds the JavaFX thread and the renderer four times as long. Work for a part is applied in
 * the order it was submitted; work submitted again under the same key before it ran replaces the earlier one (for
 * work that reads its data when it runs, such as "redraw this line from its points"). In immediate mode (the
 * default) work runs at once, as if there were no pacing. JavaFX thread only.
 */
public final class FramePacedUpdates {

    private final Map<Object, Map<Object, Runnable>> pending = new LinkedHashMap<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long nowNanos) {
            // Every other frame: the renderer then has a frame to draw one part before the next is laid out
            // (measured on a 2-core VM with the software renderer, 18 first runs: longest FX wait 28 ms median
            // and one run of nine over 50 ms, against 33 ms and two of nine with a part in every frame).
            if (restThisFrame) {
                restThisFrame = false;
                return;
            }
            applyNextPart();
            restThisFrame = true;
            if (pending.isEmpty()) {
                stop();
                timerRunning = false;
            }
        }
    };
    private boolean paced;
    private boolean timerRunning;
    private boolean restThisFrame;
    private long partsApplied;

    /** From now on, work waits for the coming frames, one part every other frame. */
    public void paceOverFrames() {
        paced = true;
    }

    /** Runs {@code work} for {@code part} now (immediate mode) or in a coming frame, after the part's earlier work. */
    public void submit(Object part, Runnable work) {
        submit(part, new Object(), work);
    }

    /**
     * As {@link #submit(Object, Runnable)}, but work already waiting under {@code key} for {@code part} is replaced
     * by {@code work} (in its place in the order).
     */
    public void submit(Object part, Object key, Runnable work) {
        Objects.requireNonNull(work, "work");
        if (!paced) {
            work.run();
            return;
        }
        pending.computeIfAbsent(part, p -> new LinkedHashMap<>()).put(key, work);
        if (!timerRunning) {
            timerRunning = true;
            restThisFrame = false;
            timer.start();
        }
    }

    /** Runs all waiting work now, part by part (before a picture of the view is taken, or when a run ends). */
    public void flush() {
        while (!pending.isEmpty()) {
            applyNextPart();
        }
    }

    /** Parts with work waiting. */
    public int pendingParts() {
        return pending.size();
    }

    /** Parts whose work was applied so far: one every other frame when paced, more when flushed. */
    public long partsApplied() {
        return partsApplied;
    }

    private void applyNextPart() {
        Iterator<Map<Object, Runnable>> parts = pending.values().iterator();
        if (!parts.hasNext()) {
            return;
        }
        List<Runnable> work = new ArrayList<>(parts.next().values());
        parts.remove();
        partsApplied++;
        // Work may submit more work for this part: it waits for a later frame, as work from elsewhere would.
        for (Runnable each : work) {
            each.run();
        }
    }
}
