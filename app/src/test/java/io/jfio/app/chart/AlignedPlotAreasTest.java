package io.jfio.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.jfio.app.theme.ThemedStage;

import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Charts stacked one above another start their plot areas at the same x, whatever their axes' labels. */
@ExtendWith(ApplicationExtension.class)
class AlignedPlotAreasTest {

    private LineChart<Number, Number> iops;
    private LineChart<Number, Number> latency;

    @Start
    void start(Stage stage) {
        iops = TimeChart.rates("iops", "IOPS", TimeChart.Layout.FITTED);
        latency = TimeChart.latencies("latency", "Latency", TimeChart.Layout.FITTED);
        iops.getData().add(line(1, 60)); // labels such as "60"
        latency.getData().add(line(1, 8.0)); // log10 of 100 ms: labels such as "100 ms"
        AlignedPlotAreas.align(List.of(iops, latency));
        ThemedStage.show(stage, new VBox(iops, latency), 800, 700);
    }

    private static XYChart.Series<Number, Number> line(double seconds, double value) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName("job read");
        series.getData().add(new XYChart.Data<>(0.5, value));
        series.getData().add(new XYChart.Data<>(seconds, value));
        return series;
    }

    @Test
    void theirPlotAreasStartAtTheSameXAndFollowAnAxisThatGrows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(latency.getYAxis().getWidth() > iops.getYAxis().getWidth() + 5,
                "the axes differ: " + latency.getYAxis().getWidth() + " and " + iops.getYAxis().getWidth());
        assertEquals(plotLeft(latency), plotLeft(iops), 1.0);
        robot.interact(() -> iops.getData().get(0).getData().add(new XYChart.Data<>(1.5, 123_456_789_000.0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(plotLeft(iops), plotLeft(latency), 1.0);
    }

    private static double plotLeft(XYChart<?, ?> chart) {
        Node plot = chart.lookup(".chart-plot-background");
        return plot.localToScene(plot.getLayoutBounds()).getMinX();
    }
}
