package io.jfio.app.task;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Background work for an idle window cut into a fixed number of steps on the JavaFX thread, each {@code gap}
 * after the previous one ended, so that the window gets its frames (input, layout, painting) between steps;
 * it gives way at once when {@code yieldWhen} turns true (a run asked for), checked before every step. The
 * warm-ups use it. JavaFX thread only.
 *
 * <p>Why a gap after each step and not a step per period: a {@code Timeline} of one cycle per step catches up
 * after a long step by running the cycles it missed in the same frame, so the steps ran back to back. Measured
 * in a fresh window on a 2-core VM: nine live warm-up steps in one go (718 ms without a frame), then the other
 * seven, then the results warm-up's first two (487 ms), and the bench's F5 came at the end of such a run. With a
 * frame between steps, 24 alternated GUI runs each: a wait over 50 ms at F5 in 2 runs against 6.
 */
public final class IdleSteps {

    /** The gap that gives each step a frame of its own: the next step comes in the next frame. */
    public static final Duration NEXT_FRAME = Duration.ONE;

    private final int count;
    private final BooleanSupplier yieldWhen;
    private final IntConsumer step;
    private final Runnable ended;
    private final PauseTransition gap;
    private Runnable onCompleted = () -> { };
    private int taken;
    private boolean done;

    /**
     * @param count     how many steps
     * @param gap       the time from the end of one step to the next (a frame comes between them)
     * @param yieldWhen when true before a step, the steps stop there
     * @param step      the work of step 0, 1, ... {@code count - 1}
     * @param ended     runs once when the steps end, all taken or stopped (to drop what they built)
     */
    public IdleSteps(int count, Duration gap, BooleanSupplier yieldWhen, IntConsumer step, Runnable ended) {
        this.count = count;
        this.yieldWhen = Objects.requireNonNull(yieldWhen, "yieldWhen");
        this.step = Objects.requireNonNull(step, "step");
        this.ended = Objects.requireNonNull(ended, "ended");
        this.gap = new PauseTransition(gap);
        this.gap.setOnFinished(event -> next());
    }

    /** Takes the first step {@code delay} from now. */
    public void start(Duration delay) {
        gap.setDelay(delay);
        gap.playFromStart();
    }

    /** Runs {@code next} when every step was taken (not when stopped): the next piece of idle work, say. */
    public void setOnCompleted(Runnable next) {
        this.onCompleted = Objects.requireNonNull(next, "next");
    }

    /** Stops before the next step. */
    public void stop() {
        gap.stop();
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
        if (taken == count) { // no steps at all
            end();
            return;
        }
        step.accept(taken);
        taken++;
        if (taken == count) {
            end();
        } else {
            gap.setDelay(Duration.ZERO);
            gap.playFromStart(); // timed from now: the step's own time is not caught up
        }
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
