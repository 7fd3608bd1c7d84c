package io.jfio.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.jfio.app.task.IdleSteps;
import io.jfio.app.theme.Theme;
import io.jfio.model.result.Direction;
import io.jfio.model.result.IntervalSample;

import javafx.util.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The off-screen warm-up of the live graphs runs its steps when idle and yields at once to a run. */
@ExtendWith(ApplicationExtension.class)
class LiveViewWarmUpTest {

    @Test
    void anIdleWarmUpTakesEveryStepAndEnds(FxRobot robot) throws Exception {
        AtomicReference<IdleSteps> warmUp = new AtomicReference<>();
        robot.interact(() -> warmUp.set(LiveViewWarmUp.start(Theme.LIGHT, () -> false, Duration.ZERO)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> warmUp.get().isDone());
        assertEquals(LiveViewWarmUp.STEPS, warmUp.get().stepsTaken());
    }

    @Test
    void aRunStartingStopsTheWarmUpBeforeItsNextStep(FxRobot robot) throws Exception {
        AtomicBoolean running = new AtomicBoolean(false);
        AtomicReference<IdleSteps> warmUp = new AtomicReference<>();
        robot.interact(() -> warmUp.set(LiveViewWarmUp.start(Theme.LIGHT, running::get, Duration.ZERO)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> warmUp.get().stepsTaken() >= 2);
        running.set(true);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> warmUp.get().isDone());
        int taken = warmUp.get().stepsTaken();
        assertTrue(taken < LiveViewWarmUp.STEPS, "steps " + taken);
        Thread.sleep(200);
        assertEquals(taken, warmUp.get().stepsTaken(), "no step after the run started");
    }

    @Test
    void theNextWarmUpStartsOnlyWhenEveryStepWasTaken(FxRobot robot) throws Exception {
        AtomicBoolean nextStarted = new AtomicBoolean();
        AtomicReference<IdleSteps> completed = new AtomicReference<>();
        robot.interact(() -> {
            completed.set(LiveViewWarmUp.start(Theme.LIGHT, () -> false, Duration.ZERO));
            completed.get().setOnCompleted(() -> nextStarted.set(true));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, nextStarted::get);

        AtomicBoolean afterStopped = new AtomicBoolean();
        AtomicReference<IdleSteps> stopped = new AtomicReference<>();
        robot.interact(() -> {
            stopped.set(LiveViewWarmUp.start(Theme.LIGHT, () -> true, Duration.ZERO));
            stopped.get().setOnCompleted(() -> afterStopped.set(true));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stopped.get().isDone());
        Thread.sleep(200);
        assertTrue(!afterStopped.get(), "a warm-up stopped by a run starts nothing after it");
    }

    @Test
    void madeUpWindowsFollowEachOtherAndCarryBothDirections() {
        IntervalSample first = LiveViewWarmUp.window(0);
        IntervalSample second = LiveViewWarmUp.window(1);
        assertEquals(first.endNanos(), second.startNanos());
        assertEquals(Direction.READ, first.directions().get(0).direction());
        assertEquals(Direction.WRITE, first.directions().get(1).direction());
        assertEquals(25_000, first.directions().get(0).ios()); // 50,000 IOPS for 500 ms
        assertEquals(3000, LiveViewWarmUp.cumulative(2).directions().get(0).ios(), 20);
    }
}
