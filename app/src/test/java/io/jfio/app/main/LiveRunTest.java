package io.jfio.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import io.jfio.app.live.LiveSeries;
import io.jfio.app.live.LiveViewModel;
import io.jfio.app.results.ResultRow;
import io.jfio.app.settings.MemorySettings;
import io.jfio.app.task.SameThreadTaskExecutor;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Runs from the GUI, headless: issue 6's live-view checks. */
@ExtendWith(ApplicationExtension.class)
class LiveRunTest {

    static final String THREE_SECOND_NULL_JOB = """
            [null-read]
            ioengine=null
            rw=randread
            bs=4k
            size=1g
            time_based
            runtime=3
            """;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.withLiveRuns(stage, new SameThreadTaskExecutor(), new MemorySettings(), new ScriptedDialogs(stage));
        window.show();
    }

    /** Presses F5 on {@code jobText} and waits until the run has ended. */
    static void runToTheEnd(FxRobot robot, MainWindow window, String jobText) throws Exception {
        robot.interact(() -> window.editor().replaceText(jobText));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.liveRunner().isRunning());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.liveRunner().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aThreeSecondNullJobDrawsAtLeastFivePointsInEveryLiveSeries(FxRobot robot) throws Exception {
        runToTheEnd(robot, window, THREE_SECOND_NULL_JOB);
        LiveViewModel model = window.liveRunner().model();
        assertEquals(1, model.iopsSeries().size());
        assertEquals(1, model.bandwidthSeries().size());
        assertEquals(5, model.latencySeries().size());
        for (LiveSeries series : model.latencySeries()) {
            assertTrue(series.points().size() >= 5, series.name() + ": " + series.points().size());
        }
        for (LineChart<Number, Number> chart : window.liveView().charts()) {
            assertFalse(chart.getData().isEmpty(), chart.getId());
            for (XYChart.Series<Number, Number> series : chart.getData()) {
                assertTrue(series.getData().size() >= 5, chart.getId() + " " + series.getName() + ": " + series.getData().size());
            }
        }
        assertTrue(model.iopsSeries().get(0).points().get(2).value() > 0);
        String status = robot.lookup("#runStatus").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Run done after"), status);

        TableView<ResultRow> table = robot.lookup("#resultsTable").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        ResultRow row = table.getItems().get(0);
        assertEquals("null-read", row.jobName());
        assertEquals("read", row.direction());
        assertTrue(row.ios() > 0 && row.iops() > 0 && row.p99Nanos() >= 0 && row.clatMaxNanos() >= row.p99Nanos(), row.toString());
        assertEquals(1, window.results().runs().size());
        assertTrue(window.resultsView().isVisible());
    }

    @Test
    void stopEndsARunEarly(FxRobot robot) throws Exception {
        robot.interact(() -> window.editor().replaceText(THREE_SECOND_NULL_JOB.replace("runtime=3", "runtime=60")));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.liveRunner().isRunning());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.liveRunner().model().windowCount() > 0);
        robot.clickOn("#stopButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.liveRunner().isRunning());
        String status = robot.lookup("#runStatus").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Run done after"), status);
        assertEquals(1, window.results().runs().size());
    }
}
