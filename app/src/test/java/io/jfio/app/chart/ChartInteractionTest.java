package io.jfio.app.chart;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ChartInteractionTest {

    private LineChart<Number, Number> chart;
    private ChartInteraction interaction;
    private XYChart.Series<Number, Number> reads;
    private XYChart.Series<Number, Number> writes;

    @Start
    void start(Stage stage) {
        NumberAxis time = new NumberAxis();
        time.setForceZeroInRange(true);
        NumberAxis iops = new NumberAxis();
        iops.setForceZeroInRange(true);
        chart = new LineChart<>(time, iops);
        chart.setId("testChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        reads = series("job read", 100_000);
        writes = series("job write", 40_000);
        chart.getData().addAll(reads, writes);
        interaction = new ChartInteraction(chart, AxisFormats.SECONDS, AxisFormats.COUNT);
        stage.setScene(new Scene(interaction.node(), 800, 500));
        stage.show();
    }

    private static XYChart.Series<Number, Number> series(String name, double level) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (int s = 0; s <= 100; s++) {
            series.getData().add(new XYChart.Data<>(s, level + 1000 * (s % 2)));
        }
        return series;
    }

    @Test
    void clickingALegendEntryHidesItsLineAndTheChoiceSurvivesNewPoints(FxRobot robot) {
        Label entry = legendEntry("job write");
        robot.clickOn(entry);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(writes.getNode().isVisible());
        assertTrue(reads.getNode().isVisible());
        assertEquals(java.util.Set.of("job write"), interaction.hiddenSeries());
        robot.interact(() -> writes.getData().add(new XYChart.Data<>(101, 41_000)));
        assertFalse(writes.getNode().isVisible());
        robot.interact(() -> { // the line made again, as a live view does when the selection changes
            chart.getData().remove(writes);
            chart.getData().add(series("job write", 40_000));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(chart.getData().get(1).getNode().isVisible());
        robot.clickOn(legendEntry("job write"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart.getData().get(1).getNode().isVisible());
    }

    @Test
    void hidingALineFitsTheFollowingAxesToTheVisibleOnes(FxRobot robot) {
        NumberAxis iops = (NumberAxis) chart.getYAxis();
        assertTrue(iops.getUpperBound() > 100_000);
        robot.interact(() -> interaction.setSeriesVisible("job read", false));
        assertTrue(interaction.followingProperty().get());
        assertEquals(0, iops.getLowerBound(), 1e-9); // the chart's y axis keeps zero in range
        assertEquals(50_000, iops.getUpperBound(), 1e-9); // writes peak at 41k: ticks of 10k
        robot.interact(() -> writes.getData().add(new XYChart.Data<>(101, 62_000)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(70_000, iops.getUpperBound(), 1e-9);
        robot.interact(() -> interaction.setSeriesVisible("job read", true));
        assertEquals(120_000, iops.getUpperBound(), 1e-9); // reads peak at 101k: ticks of 20k
    }

    @Test
    void withHeadroomAGrowingLineMovesTheAxesEveryFewPointsAndShowsThemAll(FxRobot robot) {
        NumberAxis time = (NumberAxis) chart.getXAxis();
        XYChart.Series<Number, Number> growing = new XYChart.Series<>();
        growing.setName("growing read");
        robot.interact(() -> {
            chart.getData().setAll(List.of(growing));
            interaction.setGrowthHeadroom(0.5);
        });
        int[] timeChanges = {0};
        time.upperBoundProperty().addListener((obs, was, now) -> timeChanges[0]++);
        for (int window = 1; window <= 40; window++) { // 20 s of 500 ms windows
            double seconds = window * 0.5;
            robot.interact(() -> growing.getData().add(new XYChart.Data<>(seconds, 50_000 + 1000 * (seconds % 3))));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(time.getUpperBound() >= seconds && time.getUpperBound() <= 2 * seconds + 1,
                    seconds + " s on an axis to " + time.getUpperBound());
        }
        assertTrue(timeChanges[0] <= 8, "the time axis moved " + timeChanges[0] + " times in 40 windows");
    }

    @Test
    void pointsAddedDuringAPulseAreFittedBeforeThatPulsesLayout(FxRobot robot) throws Exception {
        NumberAxis time = (NumberAxis) chart.getXAxis();
        double[] upperAtFirstLayout = {Double.NaN};
        java.util.concurrent.CountDownLatch laidOut = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> {
            Scene scene = chart.getScene();
            Runnable afterLayout = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    upperAtFirstLayout[0] = time.getUpperBound();
                    laidOut.countDown();
                }
            };
            // as the live view's drain does: points arrive from an animation, inside a pulse
            new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    reads.getData().add(new XYChart.Data<>(250, 100_000));
                    scene.addPostLayoutPulseListener(afterLayout);
                }
            }.start();
        });
        assertTrue(laidOut.await(10, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(upperAtFirstLayout[0] >= 250, "the time axis reached 250 s in the same layout, not a later one: "
                + upperAtFirstLayout[0]);
    }

    @Test
    void withoutHeadroomTheAxesFitTightly(FxRobot robot) {
        NumberAxis time = (NumberAxis) chart.getXAxis();
        robot.interact(() -> reads.getData().add(new XYChart.Data<>(101, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(120, time.getUpperBound(), 1e-9); // 0-101 s: ticks of 20
    }

    @Test
    void aLineAddedWithItsPointsIsFittedToo(FxRobot robot) {
        NumberAxis time = (NumberAxis) chart.getXAxis();
        NumberAxis iops = (NumberAxis) chart.getYAxis();
        robot.interact(() -> {
            XYChart.Series<Number, Number> late = new XYChart.Series<>();
            late.setName("late read");
            late.getData().add(new XYChart.Data<>(250, 300_000));
            chart.getData().add(late);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(250, time.getUpperBound(), 1e-9); // 0-250 s: ticks of 50
        assertEquals(300_000, iops.getUpperBound(), 1e-9);
    }

    @Test
    void followingLeavesTheAxesAloneWhileNewPointsFitTheirRange(FxRobot robot) {
        NumberAxis time = (NumberAxis) chart.getXAxis();
        NumberAxis iops = (NumberAxis) chart.getYAxis();
        assertEquals(100, time.getUpperBound(), 1e-9);
        assertEquals(120_000, iops.getUpperBound(), 1e-9);
        java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        time.upperBoundProperty().addListener((obs, was, now) -> changes.incrementAndGet());
        iops.upperBoundProperty().addListener((obs, was, now) -> changes.incrementAndGet());
        robot.interact(() -> reads.getData().add(new XYChart.Data<>(99.5, 90_000)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, changes.get(), "a point inside the range moves no axis, so no tick is laid out again");
        assertFalse(time.isAutoRanging(), "JavaFX's auto-range re-measures every tick label at each point");
        robot.interact(() -> reads.getData().add(new XYChart.Data<>(130, 150_000)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(140, time.getUpperBound(), 1e-9);
        assertEquals(160_000, iops.getUpperBound(), 1e-9);
    }

    @Test
    void draggingARectangleZoomsTheTimeAxisAndPausesFollowing(FxRobot robot) {
        NumberAxis time = (NumberAxis) chart.getXAxis();
        assertTrue(interaction.followingProperty().get());
        assertEquals(100, time.getUpperBound(), 1e-9);
        Point2D from = scenePointAt(20, 70_000);
        Point2D to = scenePointAt(40, 70_000); // flat: x only
        robot.moveTo(screen(from)).press(MouseButton.PRIMARY).moveTo(screen(to)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(interaction.followingProperty().get());
        assertEquals(20, time.getLowerBound(), 0.5);
        assertEquals(40, time.getUpperBound(), 0.5);
        robot.interact(() -> reads.getData().add(new XYChart.Data<>(150, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(40, time.getUpperBound(), 0.5); // paused: new data does not move the view

        robot.doubleClickOn(screen(scenePointAt(30, 70_000)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(interaction.followingProperty().get());
        assertEquals(160, time.getUpperBound(), 1e-9); // the point at 150 s in view again: ticks of 20 s
    }

    @Test
    void wheelZoomsTimeAroundThePointer(FxRobot robot) {
        NumberAxis time = (NumberAxis) chart.getXAxis();
        double lower = time.getLowerBound();
        double upper = time.getUpperBound();
        robot.interact(() -> interaction.zoomX(50, 0.5));
        assertEquals(50 - (50 - lower) / 2, time.getLowerBound(), 1e-9);
        assertEquals(50 + (upper - 50) / 2, time.getUpperBound(), 1e-9);
        assertFalse(interaction.followingProperty().get());
        robot.interact(() -> interaction.pan(10, 0));
        assertEquals(50 - (50 - lower) / 2 + 10, time.getLowerBound(), 1e-9);
        double before = time.getUpperBound();
        Point2D mid = scenePointAt(50, 70_000);
        robot.moveTo(screen(mid)).scroll(1, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(time.getUpperBound() - time.getLowerBound() != before - (50 - (50 - lower) / 2 + 10),
                "the wheel changed the span");
    }

    @Test
    void hoverReadsTheNearestPointInAdaptiveUnits(FxRobot robot) {
        Point2D at = scenePointAt(31, 101_000);
        robot.interact(() -> interaction.hover(at.getX(), at.getY()));
        assertEquals("job read\n31 s  ·  101k", interaction.readoutText());
        Point2D far = scenePointAt(31, 70_000);
        robot.interact(() -> interaction.hover(far.getX(), far.getY()));
        assertEquals("", interaction.readoutText());
    }

    private Label legendEntry(String name) {
        for (Node n : chart.lookupAll(".chart-legend-item")) {
            if (n instanceof Label label && label.getText().equals(name)) {
                return label;
            }
        }
        throw new AssertionError("no legend entry " + name);
    }

    private Point2D scenePointAt(double x, double y) {
        NumberAxis xAxis = (NumberAxis) chart.getXAxis();
        NumberAxis yAxis = (NumberAxis) chart.getYAxis();
        double sx = xAxis.localToScene(xAxis.getDisplayPosition(x), 0).getX();
        double sy = yAxis.localToScene(0, yAxis.getDisplayPosition(y)).getY();
        return new Point2D(sx, sy);
    }

    private Point2D screen(Point2D scene) {
        return chart.localToScreen(chart.sceneToLocal(scene));
    }
}
