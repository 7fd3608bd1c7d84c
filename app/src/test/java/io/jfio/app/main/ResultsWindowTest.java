package io.jfio.app.main;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.jfio.app.results.ReportExport;
import io.jfio.app.results.ResultRow;
import io.jfio.app.results.RunOverlay;
import io.jfio.app.results.SessionRun;
import io.jfio.app.settings.MemorySettings;
import io.jfio.app.task.SameThreadTaskExecutor;
import io.jfio.engine.output.ReportFormat;

import javafx.scene.chart.XYChart;
import javafx.scene.control.TableColumn;
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

/** The results of runs made from the GUI, headless: tables as the reports, compared runs, exported logs. */
@ExtendWith(ApplicationExtension.class)
class ResultsWindowTest {

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

    /** Presses F5 on {@code jobText} and waits for its results (a short job may end before a poll sees it run). */
    private void runToTheEnd(FxRobot robot, String jobText) throws Exception {
        int before = window.results().runs().size();
        robot.interact(() -> window.editor().replaceText(jobText));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.results().runs().size() > before
                && !window.liveRunner().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text a table shows in {@code column} (its title, or "Parent > title" for a nested one) of {@code row}. */
    private static String cell(TableView<?> table, String title, int row) {
        TableColumn<?, ?> column = null;
        List<? extends TableColumn<?, ?>> columns = table.getColumns();
        for (String part : title.split(" > ")) {
            column = find(columns, part);
            columns = column.getColumns();
        }
        return String.valueOf(column.getCellObservableValue(row).getValue());
    }

    private static TableColumn<?, ?> find(List<? extends TableColumn<?, ?>> columns, String title) {
        for (TableColumn<?, ?> c : columns) {
            if (c.getText().equals(title)) {
                return c;
            }
            if (!c.getColumns().isEmpty()) {
                TableColumn<?, ?> nested = find(c.getColumns(), title);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    @Test
    void theTablesShowTheTextReportsFigures(FxRobot robot) throws Exception {
        runToTheEnd(robot, "[global]\nioengine=null\nbs=4k\nsize=64m\n\n[reader]\nrw=randread\n"
                + "lat_percentiles=1\n\n[writer]\nrw=write\n");
        SessionRun run = window.results().selectedRun().orElseThrow();
        String text = ReportExport.render(run, ReportFormat.NORMAL);
        TableView<?> jobs = window.resultsView().table();
        assertEquals(2, jobs.getItems().size());
        for (int i = 0; i < 2; i++) {
            ResultRow row = (ResultRow) jobs.getItems().get(i);
            String line = row.jobName() + ": (groupid=0";
            int at = text.indexOf(line);
            assertTrue(at >= 0, text);
            String expected = "IOPS=" + cell(jobs, "IOPS", i) + ", BW=" + cell(jobs, "BW", i) + " (";
            assertTrue(text.indexOf(expected, at) > 0, expected + "\n" + text);
            assertTrue(text.indexOf("(" + cell(jobs, "io", i) + "/" + cell(jobs, "run (ms)", i) + "msec)", at) > 0, text);
        }
        TableView<?> groups = window.resultsView().groupTable();
        assertEquals(2, groups.getItems().size());
        assertTrue(text.contains("   READ: bw=" + cell(groups, "aggr. BW", 0) + " ("), text);
        assertTrue(text.contains("run=" + cell(groups, "run (ms)", 0) + "msec"), text);
        TableView<?> cpu = window.resultsView().cpuTable();
        assertTrue(text.contains("  cpu          : usr=" + cell(cpu, "usr %", 0) + "%, sys=" + cell(cpu, "sys %", 0)
                + "%, ctx=" + cell(cpu, "ctx", 0) + ", majf=" + cell(cpu, "majf", 0) + ", minf=" + cell(cpu, "minf", 0)), text);
        assertEquals(List.of("reader read", "writer write"), window.resultsView().distributionChart().getData().stream()
                .map(XYChart.Series::getName).toList());
        TableView<?> rates = window.resultsView().rateTable();
        String json = ReportExport.render(run, ReportFormat.JSON);
        for (int i = 0; i < 2; i++) {
            String direction = i == 0 ? "read" : "write";
            int at = json.indexOf("\"" + direction + "\" : {", json.indexOf("\"jobname\" : \"" + (i == 0 ? "reader" : "writer")));
            assertTrue(json.indexOf("\"bw_samples\" : " + cell(rates, "Bandwidth (KiB/s) > samples", i), at) > 0, json);
            assertTrue(json.indexOf("\"iops_min\" : " + cell(rates, "IOPS > min", i), at) > 0, json);
            assertTrue(json.indexOf("\"bw_max\" : " + cell(rates, "Bandwidth (KiB/s) > max", i), at) > 0, json);
        }
        TableView<?> latency = window.resultsView().latencyTable();
        // reader: clat and lat (null engine: no slat), writer: clat and lat; lat percentiles only for the reader
        assertEquals(4, latency.getItems().size());
        assertEquals("-", cell(latency, "p99", 3));
        assertFalse(cell(latency, "p99", 1).equals("-"));
    }

    @Test
    void twoSelectedRunsShareTheCompareGraphs(FxRobot robot) throws Exception {
        String job = "[timed]\nioengine=null\nrw=read\nbs=4k\nsize=1g\ntime_based\nruntime=1\n";
        runToTheEnd(robot, job);
        runToTheEnd(robot, job);
        robot.interact(() -> window.resultsView().runList().getSelectionModel().selectAll());
        assertEquals(2, window.results().comparedRuns().size());
        RunOverlay overlay = window.results().overlayProperty().get();
        var compare = window.resultsView().compareView();
        for (var chart : List.of(compare.iopsChart(), compare.bandwidthChart(), compare.latencyChart())) {
            assertEquals(List.of("Run 1 · timed read", "Run 2 · timed read"),
                    chart.getData().stream().map(s -> s.getName().replace(" p99", "")).toList(), chart.getId());
        }
        assertEquals(List.of("Run 1 · timed read", "Run 2 · timed read"), compare.distributionChart().getData().stream()
                .map(XYChart.Series::getName).toList());
        for (int run = 0; run < 2; run++) {
            XYChart.Series<Number, Number> iops = compare.iopsChart().getData().get(run);
            int kept = window.results().runs().get(run).windows().windows(1).size();
            assertTrue(iops.getData().size() >= 2, "points " + iops.getData().size());
            assertTrue(iops.getData().size() >= kept - 1 && iops.getData().size() <= kept, iops.getData().size() + " of " + kept);
            assertEquals(overlay.iops().get(run).points().size(), iops.getData().size());
        }
        robot.interact(() -> {
            window.showTab(2);
            window.resultsView().tabs().getSelectionModel().select(window.resultsView().tabs().getTabs().size() - 1);
        });
        Path picture = Path.of("target", "compare.png");
        robot.interact(() -> write(compare.getScene(), picture));
        for (var chart : List.of(compare.iopsChart(), compare.bandwidthChart(), compare.latencyChart(),
                compare.distributionChart())) {
            LiveRunTest.assertEveryPointInView(chart);
        }
        assertTrue(LiveRunTest.colours(picture) > 20);
    }

    private static void write(javafx.scene.Scene scene, Path png) {
        try {
            io.jfio.app.export.PngExport.write(scene, png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void exportRunLogsCopiesTheLogsTheJobsWrote(FxRobot robot) throws Exception {
        Path logs = temp.resolve("logs");
        runToTheEnd(robot, "[logged]\nioengine=null\nrw=randwrite\nbs=4k\nsize=2m\nwrite_bw_log="
                + logs.resolve("logged") + "\nwrite_lat_log=" + logs.resolve("logged") + "\n");
        Path chosen = temp.resolve("chosen");
        dialogs.filesToSave.add(chosen);
        robot.interact(window::exportLogs);
        List<Path> written;
        try (Stream<Path> files = Files.list(logs)) {
            written = files.sorted().toList();
        }
        assertEquals(4, written.size());
        for (Path original : written) {
            assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(chosen.resolve(original.getFileName())));
        }
        assertEquals("Copied 4 log files to " + chosen, window.editor().statusProperty().get());

        Files.delete(logs.resolve("logged_bw.1.log"));
        dialogs.filesToSave.add(chosen);
        robot.interact(window::exportLogs);
        assertEquals("Copied 3 log files to " + chosen + "; missing (deleted since the run?): "
                + logs.resolve("logged_bw.1.log"), window.editor().statusProperty().get());
    }

    @Test
    void openLogsShowsFiosLogsInTheLogWindow(FxRobot robot) throws Exception {
        Path fio = Path.of("..", "model", "src", "test", "resources", "io", "jfio", "model", "log", "fio-3.33");
        dialogs.filesToOpen.add(fio.resolve("win_lat.4.log"));
        dialogs.filesToOpen.add(fio.resolve("perio_bw.1.log"));
        dialogs.filesToOpen.add(fio.resolve("golden.fio"));
        robot.interact(window::openLogs);
        assertTrue(window.logViewer().stage().isShowing());
        assertEquals(List.of("win_lat.4.log read", "win_lat.4.log write"), window.logViewer().view().latencyChart().getData()
                .stream().map(XYChart.Series::getName).toList());
        assertEquals(1, window.logViewer().model().errors().size());
        Path picture = Path.of("target", "logs.png");
        robot.interact(() -> write(window.logViewer().stage().getScene(), picture));
        LiveRunTest.assertEveryPointInView(window.logViewer().view().latencyChart());
        assertTrue(LiveRunTest.colours(picture) > 20);
        robot.interact(() -> window.logViewer().stage().close());
    }
}
