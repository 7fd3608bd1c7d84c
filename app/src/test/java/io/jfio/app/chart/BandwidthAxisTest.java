package io.jfio.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A bandwidth axis reads in one unit from bottom to top, whatever units the read-out uses. */
@ExtendWith(ApplicationExtension.class)
class BandwidthAxisTest {

    private LineChart<Number, Number> chart;

    @Start
    void start(Stage stage) {
        chart = TimeChart.bandwidth("bandwidth", "Bandwidth", TimeChart.Layout.LIVE);
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.setName("job read");
        for (int s = 0; s <= 6; s++) {
            line.getData().add(new XYChart.Data<>(s * 0.5, 800.0 + 100 * s)); // MiB/s: 800 to 1400
        }
        chart.getData().add(line);
        ChartInteraction interaction = new ChartInteraction(chart, AxisFormats.SECONDS, AxisFormats.BANDWIDTH_MIBPS);
        stage.setScene(new Scene(interaction.node(), 800, 500));
        stage.show();
    }

    @Test
    void everyTickOfABandwidthAxisIsInMibPerSecond(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        NumberAxis axis = (NumberAxis) chart.getYAxis();
        // the tick labels, bottom to top: the axis' visible Text nodes other than its title
        List<String> ticks = axis.lookupAll("Text").stream().filter(n -> n instanceof Text && n.isVisible())
                .sorted(Comparator.comparingDouble((Node n) -> n.localToScene(0, 0).getY()).reversed())
                .map(n -> ((Text) n).getText()).toList();
        assertEquals("0 MiB/s", ticks.get(0), ticks.toString());
        assertTrue(ticks.size() >= 4, ticks.toString());
        assertTrue(ticks.stream().allMatch(t -> t.matches("\\d+ MiB/s")), ticks.toString());
        assertTrue(ticks.contains("1400 MiB/s"), ticks.toString());
        // the read-out still adapts its unit to the value
        assertEquals("1.37 GiB/s", AxisFormats.BANDWIDTH_MIBPS.apply(1400));
    }
}
