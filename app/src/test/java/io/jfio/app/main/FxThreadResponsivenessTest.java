package io.jfio.app.main;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;

import io.jfio.app.settings.MemorySettings;
import io.jfio.app.task.FxTaskExecutor;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 6, "measured, not assumed": while a 10-second null-engine run started from the GUI is running (F5,
 * the live graphs drained at 10 Hz and redrawn), the JavaFX thread is never kept from its work longer than
 * 50 ms. The limit is asserted from the run's first sample window to its 18th (0.5 s to 9 s); the whole
 * span from F5 to the filled results view, whose two view switches (to the live graphs, to the results)
 * are one-off work of their own, is measured and printed beside it.
 *
 * <p>The measure is the wait of {@link javafx.application.Platform#runLater} pings posted every 10 ms
 * from another thread ({@link FxThreadWatchdog}): a ping waits exactly as long as the FX thread is busy
 * with something else, whether jfio's code, a layout, or the wait for the render thread to finish the last
 * frame. Pulse gaps (an {@code AnimationTimer}) are printed but not asserted: the headless Monocle toolkit
 * paces pulses with a timer that skips frames when the machine is busy, so they say more about its pacing
 * than about the FX thread. A 3-second warm-up run first keeps first-use class loading and JIT compilation
 * out of the figure, as for a user's second run.
 *
 * <p>Always asserted: the FX thread's own CPU time during any one wait ({@link FxThreadWatchdog#maxBusyMillis}),
 * which is what jfio's code costs it, within the 50 ms. It was 45-58 ms while the charts' axes
 * auto-ranged (JavaFX re-measured every tick label of several candidate tick units at each new window); since
 * {@link io.jfio.app.chart.ChartInteraction} fits the axes itself it measures 16 ms on a loaded 2-core VM. The
 * wall-clock wait is asserted within 50 ms only with two cores to spare: the null engine keeps one core busy,
 * and on a 2-core machine the software renderer, the JIT and the FX thread share the other, so pings also wait
 * for the operating system, not for jfio (39 ms at load 3.2 on 2 cores after the change). The figures are
 * printed either way.
 */
@ExtendWith(ApplicationExtension.class)
class FxThreadResponsivenessTest {

    private static final double LIMIT_MILLIS = 50;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        // The application's executor: the job checks before a run happen off the FX thread, as in the app.
        window = MainWindow.withLiveRuns(stage, new FxTaskExecutor(), new MemorySettings(), new ScriptedDialogs(stage));
        stage.setWidth(1280);
        stage.setHeight(800);
        window.show();
    }

    @Test
    void theFxThreadStaysResponsiveDuringATenSecondRun(FxRobot robot) throws Exception {
        // A first, 3-second run warms the chart code (JIT, first-use CSS), as for a user's second run.
        LiveRunTest.runToTheEnd(robot, window, LiveRunTest.THREE_SECOND_NULL_JOB);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();

        FxThreadWatchdog whole = new FxThreadWatchdog(10);
        FxThreadWatchdog steady = new FxThreadWatchdog(10);
        robot.interact(() -> window.editor().replaceText(LiveRunTest.THREE_SECOND_NULL_JOB.replace("runtime=3", "runtime=10")));
        robot.interact(whole::start);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.liveRunner().model().windowCount() >= 1);
        robot.interact(steady::start);
        // 500 ms windows: the 18th arrives about 9 s into the 10 s run, before the results are built.
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> window.liveRunner().model().windowCount() >= 18);
        robot.interact(steady::stop);
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !window.liveRunner().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(whole::stop);
        System.out.printf(java.util.Locale.ROOT, "FxThreadResponsivenessTest (load %.1f on %d cores):%n  while running: %s%n"
                + "  F5 to results: %s%n", loadBefore, cores, steady.summary(), whole.summary());

        String status = robot.lookup("#runStatus").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Run done after 1"), status);
        assertTrue(window.liveRunner().model().windowCount() >= 15, "windows: " + window.liveRunner().model().windowCount());
        // About 100 pings a second for 8.5 s: the FX thread was watched throughout the run.
        assertTrue(steady.pingCount() >= 700, steady.summary());
        // jfio's own work on the FX thread (its CPU time during any one ping's wait): the 50 ms, everywhere.
        assertTrue(steady.maxBusyMillis() >= 0 && steady.maxBusyMillis() <= LIMIT_MILLIS, steady.summary());
        // The wall clock too, where the FX thread does not share a core with the renderer, the JIT and the
        // engine: asserted only with two cores to spare.
        Assumptions.assumeTrue(loadBefore >= 0 && cores >= 4 && loadBefore < cores - 2, String.format(java.util.Locale.ROOT,
                "no two spare cores (load %.1f on %d cores): not asserting the 50 ms wall-clock limit; %s", loadBefore,
                cores, steady.summary()));
        assertTrue(steady.maxPingDelayMillis() <= LIMIT_MILLIS, steady.summary());
    }
}
