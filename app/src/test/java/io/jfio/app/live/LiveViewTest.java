package io.jfio.app.live;

import static io.jfio.app.live.FakeSamples.summary;
import static io.jfio.app.live.FakeSamples.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.jfio.model.result.Direction;
import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.LatencySummary;

import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LiveViewTest {

    private static final LatencySummary CLAT = summary(10_000, 20_000, 50_000, 90_000, 120_000);

    private LiveViewModel model;
    private LiveView view;

    @Start
    void start(Stage stage) {
        model = new LiveViewModel();
        view = new LiveView(model);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
        model.runStarted();
        model.accept(List.of(window("a", 1, 0, Direction.READ, 1000, CLAT, CLAT, LatencySummary.EMPTY, false),
                window("b", 2, 0, Direction.READ, 500, CLAT, CLAT, LatencySummary.EMPTY, false),
                window("a", 1, 1, Direction.READ, 1000, CLAT, CLAT, LatencySummary.EMPTY, false),
                window("b", 2, 1, Direction.READ, 500, CLAT, CLAT, LatencySummary.EMPTY, false)));
        model.acceptCumulative(List.of(FakeSamples.cumulative("a", 1, Direction.READ,
                LatencyHistogram.of(new long[] {10_000, 100_000}, new long[] {99, 1}))));
    }

    @Test
    void aNewJobsLinesReachEachChartInOneChange(FxRobot robot) {
        int[] latencyChanges = {0};
        robot.interact(() -> {
            view.latencyChart().getData().addListener(
                    (javafx.collections.ListChangeListener<XYChart.Series<Number, Number>>) c -> latencyChanges[0]++);
            model.accept(List.of(window("c", 3, 0, Direction.READ, 700, CLAT, CLAT, LatencySummary.EMPTY, false)));
        });
        assertEquals(1, latencyChanges[0], "the chart rebuilds its legend once per change");
        assertEquals(15, view.latencyChart().getData().size()); // p50, p90, p99, p99.9 and max of three jobs
    }

    @Test
    void whileARunIsOnTheTimeAxisLeavesRoomToGrowAndWhenItEndsFitsTheData(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        NumberAxis time = (NumberAxis) view.iopsChart().getXAxis();
        // windows end at 0.5 and 1.0 s: half of that again, on round ticks
        assertTrue(time.getUpperBound() >= 1.5, "upper bound " + time.getUpperBound());
        robot.interact(() -> model.runEnded("Run done after 1.0 s (2 jobs)"));
        assertEquals(1.0, time.getUpperBound(), 1e-9);
        assertEquals(1.0, ((NumberAxis) view.latencyChart().getXAxis()).getUpperBound(), 1e-9);
        robot.interact(() -> {
            model.runStarted();
            model.accept(List.of(window("a", 1, 0, Direction.READ, 1000, CLAT, CLAT, LatencySummary.EMPTY, false),
                    window("a", 1, 1, Direction.READ, 1000, CLAT, CLAT, LatencySummary.EMPTY, false),
                    window("a", 1, 2, Direction.READ, 1000, CLAT, CLAT, LatencySummary.EMPTY, false)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        // the next run outgrows the axis at 1.5 s and gets room again
        assertTrue(time.getUpperBound() >= 2.25, "upper bound " + time.getUpperBound());
    }

    @Test
    void theAggregatedDistributionTakesTheFirstColourAsTheAggregatedLinesDo(FxRobot robot) {
        robot.interact(() -> model.jobSelectionProperty().set(LiveViewModel.ALL_JOBS));
        WaitForAsyncUtils.waitForFxEvents();
        XYChart.Series<Number, Number> all = view.distributionChart().series("all jobs read");
        assertTrue(all.getNode().getStyleClass().contains("default-color0"), all.getNode().getStyleClass().toString());
        assertTrue(view.iopsChart().getData().get(0).getNode().getStyleClass().contains("default-color0"));
    }

    @Test
    void fourChartsIncludingTheDistributionAreExported() {
        assertEquals(List.of("iopsChart", "bandwidthChart", "latencyChart", "distributionChart"),
                view.charts().stream().map(c -> c.getId()).toList());
        XYChart.Series<Number, Number> a = view.distributionChart().series("a read");
        assertEquals(2 * 40 + 1, a.getData().size()); // 100 samples: two nines at 40 points each, then 100%
    }

    @Test
    void theJobSelectorSwitchesTheRateChartsToTheSums(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ChoiceBox<String> jobs = robot.lookup("#liveJobSelector").queryAs(ChoiceBox.class);
        robot.interact(() -> jobs.getSelectionModel().select(LiveViewModel.ALL_JOBS));
        assertEquals(List.of("all jobs read"), view.iopsChart().getData().stream().map(XYChart.Series::getName).toList());
        assertEquals(1500.0, view.iopsChart().getData().get(0).getData().get(0).getYValue().doubleValue(), 1e-9);
    }

    @Test
    void zoomingOneChartPausesTheFollowButtonAndFollowResumes(FxRobot robot) {
        ToggleButton follow = robot.lookup("#liveFollow").queryAs(ToggleButton.class);
        assertTrue(follow.isSelected());
        robot.interact(() -> view.interaction(view.iopsChart()).zoomX(0.5, 0.5));
        assertFalse(follow.isSelected());
        assertFalse(view.interaction(view.bandwidthChart()).followingProperty().get()); // the others pause with it
        double zoomedUpper = ((NumberAxis) view.iopsChart().getXAxis()).getUpperBound();
        robot.clickOn(follow);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.interaction(view.latencyChart()).followingProperty().get());
        assertTrue(((NumberAxis) view.iopsChart().getXAxis()).getUpperBound() > zoomedUpper, "fitted to the data again");
    }

    @Test
    void hoverReadsLatencyAndBandwidthInTheirUnits(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> model.jobSelectionProperty().set("a"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Point2D p99 = sceneAt(view.latencyChart(), 1.0, Math.log10(50_000));
        robot.interact(() -> view.interaction(view.latencyChart()).hover(p99.getX(), p99.getY()));
        assertEquals("a read p99\n1 s  ·  50 µs", view.interaction(view.latencyChart()).readoutText());
        javafx.geometry.Point2D bw = sceneAt(view.bandwidthChart(), 0.5, 1000 * 4 / 1024.0);
        robot.interact(() -> view.interaction(view.bandwidthChart()).hover(bw.getX(), bw.getY()));
        assertEquals("a read\n0.5 s  ·  3.91 MiB/s", view.interaction(view.bandwidthChart()).readoutText());
        robot.interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(view.snapshot(null, null), null),
                        "png", java.nio.file.Path.of("target", "live-hover.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static javafx.geometry.Point2D sceneAt(XYChart<Number, Number> chart, double x, double y) {
        javafx.scene.chart.ValueAxis<Number> xAxis = (javafx.scene.chart.ValueAxis<Number>) chart.getXAxis();
        javafx.scene.chart.ValueAxis<Number> yAxis = (javafx.scene.chart.ValueAxis<Number>) chart.getYAxis();
        return new javafx.geometry.Point2D(xAxis.localToScene(xAxis.getDisplayPosition(x), 0).getX(),
                yAxis.localToScene(0, yAxis.getDisplayPosition(y)).getY());
    }
}
