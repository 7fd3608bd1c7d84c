package io.jfio.app.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.util.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Idle steps run one at a time with the window's own work between them, and stop when told to. */
@ExtendWith(ApplicationExtension.class)
class IdleStepsTest {

    @Test
    void aLongStepLetsTheWindowRunBeforeTheNextStep(FxRobot robot) throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        AtomicReference<IdleSteps> steps = new AtomicReference<>();
        robot.interact(() -> steps.set(new IdleSteps(3, IdleSteps.NEXT_FRAME, () -> false, step -> {
            order.add("step " + step);
            // Work the window queued during a step (input, a runLater) runs before the next step, however long
            // this one took; a Timeline of one cycle per step ran the missed cycles at once instead.
            Platform.runLater(() -> order.add("window after " + step));
            sleep(120);
        }, () -> order.add("ended"))));
        robot.interact(() -> steps.get().start(Duration.ZERO));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> steps.get().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("step 0", "window after 0", "step 1", "window after 1", "step 2", "ended",
                "window after 2"), order);
        assertEquals(3, steps.get().stepsTaken());
    }

    @Test
    void everyStepTakenRunsTheNextWorkButAStoppedOneDoesNot(FxRobot robot) throws Exception {
        AtomicBoolean next = new AtomicBoolean();
        AtomicReference<IdleSteps> completed = new AtomicReference<>();
        robot.interact(() -> {
            completed.set(new IdleSteps(4, IdleSteps.NEXT_FRAME, () -> false, step -> { }, () -> { }));
            completed.get().setOnCompleted(() -> next.set(true));
            completed.get().start(Duration.ZERO);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, next::get);
        assertEquals(4, completed.get().stepsTaken());

        AtomicBoolean yield = new AtomicBoolean();
        AtomicBoolean afterStopped = new AtomicBoolean();
        AtomicReference<IdleSteps> stopped = new AtomicReference<>();
        robot.interact(() -> {
            stopped.set(new IdleSteps(1000, IdleSteps.NEXT_FRAME, yield::get, step -> {
                if (step == 2) {
                    yield.set(true); // a run was asked for during this step
                }
            }, () -> { }));
            stopped.get().setOnCompleted(() -> afterStopped.set(true));
            stopped.get().start(Duration.ZERO);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stopped.get().isDone());
        Thread.sleep(100);
        assertEquals(3, stopped.get().stepsTaken(), "no step once the run was asked for");
        assertTrue(!afterStopped.get(), "a stopped warm-up starts nothing after it");
    }

    @Test
    void noStepsEndWithoutAStepAndRunTheNextWork(FxRobot robot) throws Exception {
        AtomicBoolean stepped = new AtomicBoolean();
        AtomicBoolean next = new AtomicBoolean();
        AtomicReference<IdleSteps> none = new AtomicReference<>();
        robot.interact(() -> {
            none.set(new IdleSteps(0, IdleSteps.NEXT_FRAME, () -> false, step -> stepped.set(true), () -> { }));
            none.get().setOnCompleted(() -> next.set(true));
            none.get().start(Duration.ZERO);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, next::get);
        assertTrue(none.get().isDone());
        assertEquals(0, none.get().stepsTaken());
        assertTrue(!stepped.get(), "no step was asked for");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
