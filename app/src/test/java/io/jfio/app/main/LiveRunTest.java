package io.jfio.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import io.jfio.app.export.LiveCsv;
import io.jfio.app.export.PngExport;

import io.jfio.app.live.EngineWarmUp;
import io.jfio.app.live.LiveSeries;
import io.jfio.app.live.LiveViewModel;
import io.jfio.app.results.ResultRow;
import io.jfio.app.settings.MemorySettings;
import io.jfio.app.task.IdleSteps;
import io.jfio.app.task.SameThreadTaskExecutor;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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
    private ScriptedDialogs dialogs;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        dialogs = new ScriptedDialogs(stage);
        window = MainWindow.withLiveRuns(stage, new SameThreadTaskExecutor(), new MemorySettings(), dialogs);
        stage.setWidth(1280);
        stage.setHeight(800);
        window.show();
    }

    /** Distinct colours in a picture (every other pixel): a blank one has one or two. */
    static int colours(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    /** Presses F5 on {@code jobText} and waits until the run has ended. */
    static void runToTheEnd(FxRobot robot, MainWindow window, String jobText) throws Exception {
        robot.interact(() -> window.editor().replaceText(jobText));
        runTheOpenJobToTheEnd(robot, window);
    }

    /** Presses F5 on the job file as it is and waits until the run has ended. */
    static void runTheOpenJobToTheEnd(FxRobot robot, MainWindow window) throws Exception {
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
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.resultsView().distributionChart().getData().isEmpty());
        assertEveryPointInView(window.resultsView().distributionChart());
        for (LineChart<Number, Number> chart : window.liveView().charts()) {
            assertEveryPointInView(chart);
        }
    }

    @Test
    void aRunNeverMakesJavaFxRepaintTheWholeWindowForNothing(FxRobot robot) throws Exception {
        robot.interact(() -> window.editor().replaceText(THREE_SECOND_NULL_JOB));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // the editor's own frames are not the run's
        CleanSyncWatch[] watch = new CleanSyncWatch[1];
        robot.interact(() -> watch[0] = CleanSyncWatch.install(window.liveView().getScene()));
        runTheOpenJobToTheEnd(robot, window);
        int[] syncs = new int[1];
        List<String>[] clean = new List[1];
        robot.interact(() -> {
            syncs[0] = watch[0].syncs();
            clean[0] = watch[0].cleanSyncs();
        });
        assertTrue(syncs[0] > 20, "the watch saw the run's frames: " + syncs[0]);
        assertEquals(List.of(), clean[0], "syncs that left the render graph clean");
    }

    /** The axes show every point of the chart's lines (the charts fit their axes themselves). */
    static void assertEveryPointInView(XYChart<Number, Number> chart) {
        javafx.scene.chart.ValueAxis<Number> x = (javafx.scene.chart.ValueAxis<Number>) chart.getXAxis();
        javafx.scene.chart.ValueAxis<Number> y = (javafx.scene.chart.ValueAxis<Number>) chart.getYAxis();
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            for (XYChart.Data<Number, Number> point : series.getData()) {
                double px = point.getXValue().doubleValue();
                double py = point.getYValue().doubleValue();
                assertTrue(px >= x.getLowerBound() - 1e-9 && px <= x.getUpperBound() + 1e-9 && py >= y.getLowerBound() - 1e-9
                        && py <= y.getUpperBound() + 1e-9, chart.getId() + " " + series.getName() + " (" + px + ", " + py
                        + ") outside x " + x.getLowerBound() + ".." + x.getUpperBound() + ", y " + y.getLowerBound()
                        + ".." + y.getUpperBound());
            }
        }
    }

    @Test
    void screenshotsAndCsvOfARealRunAreExported(FxRobot robot) throws Exception {
        Path data = temp.resolve("data");
        Files.write(data, new byte[16 << 20]);
        runToTheEnd(robot, window, "[cached-read]\nioengine=psync\nrw=randread\nbs=4k\nfilename=" + data
                + "\nsize=16m\ntime_based\nruntime=3\n\n[cached-mixed-sizes]\nioengine=psync\nrw=read\nbs=64k\nfilename="
                + data + "\nsize=16m\ntime_based\nruntime=3\n");
        assertEquals(2, window.results().rows().size());
        Path results = Path.of("target", "results.png");
        dialogs.filesToSave.add(results);
        robot.interact(window::exportScreenshot);
        assertTrue(Files.size(results) > 10_000);
        assertTrue(colours(results) > 20);
        BufferedImage picture = ImageIO.read(results.toFile());
        assertEquals(1280, picture.getWidth());

        robot.interact(() -> window.showTab(1));
        Path live = Path.of("target", "live.png");
        dialogs.filesToSave.add(live);
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.size(live) > 10_000);
        assertTrue(colours(live) > 20);

        Path chart = temp.resolve("latency.png");
        robot.interact(() -> {
            try {
                PngExport.write(window.liveView().latencyChart(), 2, chart);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage chartPicture = ImageIO.read(chart.toFile());
        assertEquals(Math.round(window.liveView().latencyChart().getWidth() * 2), chartPicture.getWidth(), 1.0);

        Path csv = temp.resolve("live.csv");
        dialogs.filesToSave.add(csv);
        robot.interact(window::exportLiveCsv);
        List<String> lines = Files.readAllLines(csv);
        long points = window.liveRunner().model().iopsSeries().stream().mapToLong(x -> x.points().size()).sum()
                + window.liveRunner().model().bandwidthSeries().stream().mapToLong(x -> x.points().size()).sum()
                + window.liveRunner().model().latencySeries().stream().mapToLong(x -> x.points().size()).sum();
        assertEquals(LiveCsv.HEADER, lines.get(0));
        assertEquals(points + 1, lines.size());
        assertTrue(lines.get(1).startsWith("iops,cached-read read,0.500,"), lines.get(1));

        String copyTo = System.getProperty("jfio.screenshots");
        if (copyTo != null) {
            Files.createDirectories(Path.of(copyTo));
            Files.copy(live, Path.of(copyTo).resolve("live.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(results, Path.of(copyTo).resolve("results.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void ctrlF5RunsOnlyTheJobSelectedInTheForm(FxRobot robot) throws Exception {
        String twoJobs = "[global]\nioengine=null\nbs=4k\nsize=1g\ntime_based\nruntime=1\n\n[first]\nrw=read\n\n"
                + "[second]\nrw=write\n";
        robot.interact(() -> window.editor().replaceText(twoJobs));
        robot.interact(() -> window.form().selectedSectionProperty().set(2));
        robot.press(KeyCode.CONTROL, KeyCode.F5).release(KeyCode.F5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.liveRunner().isRunning());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.liveRunner().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("second"), window.results().rows().stream().map(ResultRow::jobName).toList());
        assertEquals("write", window.results().rows().get(0).direction());

        Path json = temp.resolve("run.json");
        Path text = temp.resolve("run.txt");
        dialogs.filesToSave.add(json);
        dialogs.filesToSave.add(text);
        robot.interact(window::exportReport);
        robot.interact(window::exportReport);
        String jsonReport = Files.readString(json);
        assertTrue(jsonReport.startsWith("{") && jsonReport.contains("\"jobname\" : \"second\""), jsonReport);
        assertFalse(jsonReport.contains("\"first\""));
        String textReport = Files.readString(text);
        assertTrue(textReport.strip().startsWith("second: (groupid=0"), textReport);
    }

    @Test
    void aRunStopsTheEngineWarmUpAndWaitsForItsEnd(FxRobot robot) throws Exception {
        EngineWarmUp warmUp = EngineWarmUp.start(60_000);
        robot.interact(() -> window.liveRunner().giveWayFrom(warmUp));
        runToTheEnd(robot, window, THREE_SECOND_NULL_JOB.replace("runtime=3", "runtime=1"));
        assertTrue(warmUp.isDone(), "the minute-long warm-up ended before the run");
        assertTrue(window.liveRunner().model().statusProperty().get().startsWith("Run done"),
                window.liveRunner().model().statusProperty().get());
        assertEquals(1, window.results().runs().size());
    }

    @Test
    void f5StopsTheIdleWarmUpsEvenWhenTheChecksKeepTheRunFromStarting(FxRobot robot) throws Exception {
        robot.interact(() -> window.editor().replaceText(THREE_SECOND_NULL_JOB.replace("bs=4k", "bs=banana")));
        AtomicReference<IdleSteps> live = new AtomicReference<>();
        // F5's action in the same event as the warm-up's start: it is asked for before any warm-up step.
        robot.interact(() -> {
            live.set(window.warmUp());
            window.run();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live.get().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.liveRunner().isRunning());
        assertEquals(0, live.get().stepsTaken());
    }

    @Test
    void theAroundEachRunWorkRunsOnTheRunThreadBeforeAndAfterTheEngine(FxRobot robot) throws Exception {
        List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> window.liveRunner().setAroundEachRun(
                jobs -> calls.add(jobs.size() + " job, before on " + Thread.currentThread().getName()
                        + (window.liveRunner().model().windowCount() == 0 ? " with no window yet" : "")),
                () -> calls.add("after on " + Thread.currentThread().getName())));
        runToTheEnd(robot, window, THREE_SECOND_NULL_JOB.replace("runtime=3", "runtime=1"));
        assertEquals(List.of("1 job, before on jfio-gui-run with no window yet", "after on jfio-gui-run"), calls);
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
        assertTrue(status.startsWith("Run stopped after"), status);
        assertEquals(1, window.results().runs().size());
    }
}
