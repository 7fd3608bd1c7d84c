package io.jfio.app.live;

import static io.jfio.app.live.FakeSamples.summary;
import static io.jfio.app.live.FakeSamples.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.jfio.model.result.Direction;
import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.LatencySummary;

import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's live view draws a batch's charts in the following frames, and everything once the run ends. */
@ExtendWith(ApplicationExtension.class)
class PacedLiveViewTest {

    private static final LatencySummary CLAT = summary(10_000, 20_000, 50_000, 90_000, 120_000);

    private LiveViewModel model;
    private LiveView view;

    @Start
    void start(Stage stage) {
        model = new LiveViewModel();
        view = new LiveView(model);
        view.paceUpdatesOverFrames();
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    @Test
    void aBatchReachesTheChartsInLaterFramesNotInTheDrainsOwn(FxRobot robot) throws Exception {
        int[] seriesRightAfter = new int[4];
        robot.interact(() -> {
            model.runStarted();
            acceptWindow(0);
            List<LineChart<Number, Number>> charts = view.charts();
            for (int i = 0; i < charts.size(); i++) {
                seriesRightAfter[i] = charts.get(i).getData().size();
            }
        });
        assertEquals(List.of(0, 0, 0, 0), List.of(seriesRightAfter[0], seriesRightAfter[1], seriesRightAfter[2],
                seriesRightAfter[3]));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.charts().stream()
                .allMatch(chart -> !chart.getData().isEmpty()));
        assertEquals(1, view.iopsChart().getData().size());
        assertEquals(5, view.latencyChart().getData().size());
    }

    @Test
    void theLastWindowsAreOnTheChartsAsSoonAsTheRunEnds(FxRobot robot) {
        robot.interact(() -> {
            model.runStarted();
            for (int i = 0; i < 3; i++) {
                acceptWindow(i);
            }
            model.runEnded("Run done after 1.5 s (1 job)");
            // no frame has gone by since the windows came in
            assertEquals(3, view.iopsChart().getData().get(0).getData().size());
            assertEquals(3, view.latencyChart().getData().get(0).getData().size());
            assertTrue(!view.distributionChart().getData().isEmpty());
        });
    }

    private void acceptWindow(int index) {
        model.accept(List.of(window("a", 1, index, Direction.READ, 1000, CLAT, CLAT, LatencySummary.EMPTY, false)));
        model.acceptCumulative(List.of(FakeSamples.cumulative("a", 1, Direction.READ,
                LatencyHistogram.of(new long[] {10_000, 100_000}, new long[] {99, 1}))));
    }
}
