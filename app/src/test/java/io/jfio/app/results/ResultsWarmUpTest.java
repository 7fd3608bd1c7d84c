package io.jfio.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.jfio.app.task.IdleSteps;
import io.jfio.app.theme.Theme;

import javafx.util.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The off-screen warm-up of the results shows each tab of a made-up run once, and yields to a run. */
@ExtendWith(ApplicationExtension.class)
class ResultsWarmUpTest {

    @Test
    void anIdleWarmUpTakesEveryStep(FxRobot robot) throws Exception {
        AtomicReference<IdleSteps> warmUp = new AtomicReference<>();
        robot.interact(() -> warmUp.set(ResultsWarmUp.start(Theme.LIGHT, () -> false, Duration.ZERO)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> warmUp.get().isDone());
        assertEquals(4, warmUp.get().stepsTaken()); // the view, the run added, the Jobs tab laid out and rendered
    }

    @Test
    void aRunStartingStopsIt(FxRobot robot) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicReference<IdleSteps> warmUp = new AtomicReference<>();
        robot.interact(() -> warmUp.set(ResultsWarmUp.start(Theme.LIGHT, running::get, Duration.ZERO)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> warmUp.get().isDone());
        assertEquals(0, warmUp.get().stepsTaken());
    }

    @Test
    void theMadeUpRunFillsTheTablesWithBothDirections() throws Exception {
        ResultsViewModel model = new ResultsViewModel();
        model.add("warm-up.fio", ResultsWarmUp.run(), ResultsWarmUp.jobs());
        assertEquals(List.of("read", "write"), model.rows().stream().map(ResultRow::direction).toList());
        assertTrue(model.rows().get(0).ios() > 0);
    }
}
