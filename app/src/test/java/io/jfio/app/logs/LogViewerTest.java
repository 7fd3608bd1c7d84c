package io.jfio.app.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.jfio.app.results.OverlaySeries;
import io.jfio.app.results.TimePoint;
import io.jfio.app.task.SameThreadTaskExecutor;
import io.jfio.engine.output.log.FioLogType;
import io.jfio.model.log.FioLogReader;
import io.jfio.model.log.LogEntry;
import io.jfio.model.result.Direction;

import javafx.scene.chart.XYChart;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File → Open Logs on logs written by fio 3.33 (the model's golden logs), headless. */
@ExtendWith(ApplicationExtension.class)
class LogViewerTest {

    static final Path FIO_333 = Path.of("..", "model", "src", "test", "resources", "io", "jfio", "model", "log",
            "fio-3.33");

    @TempDir
    Path temp;

    private LogViewerModel model;
    private LogViewerView view;

    @Start
    void start(Stage stage) {
        model = new LogViewerModel(new SameThreadTaskExecutor());
        view = new LogViewerView(model);
        stage.setScene(new javafx.scene.Scene(view, 900, 700));
        stage.show();
    }

    @Test
    void fiosPerIoLatencyLogIsPlottedPerDirectionWithItsValues() throws Exception {
        Path lat = FIO_333.resolve("perio_lat.1.log");
        LoadedLog log = LogLoader.load(lat);
        List<LogEntry> entries = FioLogReader.readAll(lat);
        assertEquals(FioLogType.LAT, log.type());
        assertEquals(entries.size(), log.entries());
        List<LogEntry> reads = entries.stream().filter(e -> e.ddir() == 0).toList();
        List<TimePoint> points = log.byDirection().get(Direction.READ);
        assertEquals(reads.size(), points.size());
        assertEquals(reads.get(0).value(), points.get(0).value(), 0);
        assertEquals(reads.get(0).timeMillis() / 1000.0, points.get(0).seconds(), 1e-12);
        assertEquals(entries.stream().filter(e -> e.ddir() == 1).count(), log.byDirection().get(Direction.WRITE).size());
    }

    @Test
    void bandwidthLatencyAndIopsLogsOfFioLandOnTheirGraphs(FxRobot robot) {
        robot.interact(() -> model.open(List.of(FIO_333.resolve("perio_bw.1.log"), FIO_333.resolve("perio_clat.1.log"),
                FIO_333.resolve("perio_iops.1.log"), FIO_333.resolve("fz_clat.9.log.fz"))));
        assertEquals(List.of(), model.errors());
        assertEquals(List.of("perio_clat.1.log read", "perio_clat.1.log write", "fz_clat.9.log.fz read"),
                view.latencyChart().getData().stream().map(XYChart.Series::getName).toList().subList(0, 3));
        assertFalse(view.bandwidthChart().getData().isEmpty());
        assertFalse(view.iopsChart().getData().isEmpty());
        OverlaySeries bwRead = model.bandwidthSeries().get(0);
        XYChart.Series<Number, Number> drawn = view.bandwidthChart().getData().get(0);
        assertEquals(bwRead.points().size(), drawn.getData().size());
        // drawn in MiB/s, so that the axis' ticks fall on round binary figures; the read-out says the unit
        assertEquals(bwRead.points().get(1).value() / 1024, drawn.getData().get(1).getYValue().doubleValue(), 1e-9);
        // the latency graph plots log10 of nanoseconds
        OverlaySeries clatRead = model.latencySeries().get(0);
        assertEquals(Math.log10(clatRead.points().get(0).value()),
                view.latencyChart().getData().get(0).getData().get(0).getYValue().doubleValue(), 1e-12);
        assertTrue(view.latencyChart().isVisible());
        assertFalse(view.errors().isVisible());
    }

    @Test
    void aFileThatIsNotAFioLogGetsOneErrorLine(FxRobot robot) throws Exception {
        Path notes = temp.resolve("notes_bw.1.log");
        Files.writeString(notes, "this is not, a log\n");
        Path job = FIO_333.resolve("golden.fio");
        robot.interact(() -> model.open(List.of(notes, job, FIO_333.resolve("win_bw.4.log"))));
        assertEquals(2, model.errors().size());
        assertEquals(1, model.logs().size());
        for (String line : model.errors()) {
            assertFalse(line.contains("\n"), line);
        }
        assertTrue(model.errors().get(0).startsWith(notes + ":1: "), model.errors().get(0));
        assertTrue(model.errors().get(0).endsWith("(not a fio log?)"), model.errors().get(0));
        assertTrue(model.errors().get(1).startsWith(job + ": not named as a fio log"), model.errors().get(1));
        assertTrue(view.errors().isVisible());
        assertEquals(String.join("\n", model.errors()), view.errors().getText());
        assertFalse(view.latencyChart().isVisible());
    }

    @Test
    void aHistogramLogIsRefusedWithAPointerToJfioPlot() {
        LogLoader.LogLoadException e = org.junit.jupiter.api.Assertions.assertThrows(LogLoader.LogLoadException.class,
                () -> LogLoader.load(FIO_333.resolve("hist_clat_hist.5.log")));
        assertTrue(e.getMessage().contains("a histogram log"), e.getMessage());
    }

    @Test
    void namesAreReadAsFioFormsThem() {
        assertEquals(new FioLogName("a_b", FioLogType.CLAT_HIST, 3), FioLogName.of(Path.of("a_b_clat_hist.3.log")).orElseThrow());
        assertEquals(new FioLogName("x", FioLogType.CLAT, 0), FioLogName.of(Path.of("/d/x_clat.log.fz")).orElseThrow());
        assertEquals(new FioLogName("job", FioLogType.LAT, 12), FioLogName.of(Path.of("job_lat.12.log")).orElseThrow());
        assertTrue(FioLogName.of(Path.of("job.fio")).isEmpty());
    }

    @Test
    void everyNameFio333WritesIsRecognised() {
        // listed from fio 3.33 runs: write_{bw,lat,iops,hist}_log with per_job_logs=1 and 0, numjobs=2,
        // log_store_compressed=1
        Map<String, FioLogName> written = Map.of(
                "a_bw.1.log", new FioLogName("a", FioLogType.BW, 1),
                "b_lat.2.log", new FioLogName("b", FioLogType.LAT, 2),
                "b_clat.1.log", new FioLogName("b", FioLogType.CLAT, 1),
                "b_slat.log", new FioLogName("b", FioLogType.SLAT, 0),
                "c_iops.log", new FioLogName("c", FioLogType.IOPS, 0),
                "d_clat_hist.2.log", new FioLogName("d", FioLogType.CLAT_HIST, 2),
                "d_clat_hist.log", new FioLogName("d", FioLogType.CLAT_HIST, 0),
                "x_bw.1.log.fz", new FioLogName("x", FioLogType.BW, 1));
        written.forEach((name, parts) -> assertEquals(parts, FioLogName.of(Path.of(name)).orElseThrow(), name));
    }

    @Test
    void namesFioDoesNotWriteAreNotLogNames() {
        // the HOWTO's "name_hist.x.log" (fio writes name_clat_hist.x.log), other cases, extra endings
        for (String name : List.of("d_hist.1.log", "A_BW.1.LOG", "a_bw.1.log.old", "a_bw.1.txt", "a_bw.x.log",
                "_bw.1.log", "a_lat_hist.1.log")) {
            assertTrue(FioLogName.of(Path.of(name)).isEmpty(), name);
        }
    }

    @Test
    void aLongLogIsThinnedToBoundedPointsThatAverageTheirEntries() {
        PointThinner thinner = new PointThinner(4);
        for (int i = 0; i < 100; i++) {
            thinner.add(i, i * 10);
        }
        List<TimePoint> points = thinner.points();
        assertTrue(points.size() <= 8, points.toString());
        assertEquals(16, thinner.entriesPerPoint());
        assertEquals(7.5, points.get(0).seconds(), 1e-9); // the mean of 0..15
        assertEquals(75, points.get(0).value(), 1e-9);
    }
}
