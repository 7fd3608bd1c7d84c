package io.jfio.app.task;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Background work for an idle window cut into a fixed number of steps, one per {@code period} on the JavaFX
 * thread, so that no step holds the thread long; it gives way at once when {@code yieldWhen} turns true (a
 * run started), checked before every step. The warm-ups use it. JavaFX thread only.
 */
public final class IdleSteps {

    private final int count;
    private final BooleanSupplier yieldWhen;
    private final IntConsumer step;
    private final Runnable ended;
    private final Timeline timeline;
    private Runnable onCompleted = () -> { };
    private int taken;
    private boolean done;

    /**
     * @param count     how many steps
     * @param period    the time from one step to the next
     * @param yieldWhen when true before a step, the steps stop there
     * @param step      the work of step 0, 1, ... {@code count - 1}
     * @param ended     runs once when the steps end, all taken or stopped (to drop what they built)
     */
    public IdleSteps(int count, Duration period, BooleanSupplier yieldWhen, IntConsumer step, Runnable ended) {
        this.count = count;
        this.yieldWhen = Objects.requireNonNull(yieldWhen, "yieldWhen");
        this.step = Objects.requireNonNull(step, "step");
        this.ended = Objects.requireNonNull(ended, "ended");
        timeline = new Timeline(new KeyFrame(period, event -> next()));
        timeline.setCycleCount(count);
        timeline.setOnFinished(event -> end());
    }

    /** Takes the first step after {@code delay}. */
    public void start(Duration delay) {
        timeline.setDelay(delay);
        timeline.play();
    }

    /** Runs {@code next} when every step was taken (not when stopped): the next piece of idle work, say. */
    public void setOnCompleted(Runnable next) {
        this.onCompleted = Objects.requireNonNull(next, "next");
    }

    /** Stops before the next step. */
    public void stop() {
        timeline.stop();
        end();
    }

    /** Steps taken so far. */
    public int stepsTaken() {
        return taken;
    }

    /** True once the steps have ended, all taken or stopped. */
    public boolean isDone() {
        return done;
    }

    private void next() {
        if (done) {
            return;
        }
        if (yieldWhen.getAsBoolean()) {
            stop();
            return;
        }
        step.accept(taken);
        taken++;
    }

    private void end() {
        if (done) {
            return;
        }
        done = true;
        ended.run();
        if (taken == count) {
            onCompleted.run();
        }
    }
}
