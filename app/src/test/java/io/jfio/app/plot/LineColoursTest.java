package io.jfio.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import io.jfio.app.chart.TimeChart;
import io.jfio.app.theme.ThemedStage;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A chart's first sixteen lines have sixteen colours, in the window and in {@code jfio plot} alike. */
@ExtendWith(ApplicationExtension.class)
class LineColoursTest {

    private static final int LINES = 16;
    private LineChart<Number, Number> chart;

    @Start
    void start(Stage stage) {
        chart = TimeChart.latencies("latency", "Latency", TimeChart.Layout.LIVE);
        for (int i = 0; i < LINES; i++) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName("job" + i / 5 + " p" + i % 5);
            line.getData().add(new XYChart.Data<>(0.5, 3.0 + i * 0.1));
            line.getData().add(new XYChart.Data<>(1.0, 3.0 + i * 0.1));
            chart.getData().add(line);
        }
        ThemedStage.show(stage, chart, 1200, 800);
    }

    @Test
    void sixteenLinesHaveSixteenColoursAndTheirLegendSymbolsShowThem(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Paint> lines = lineColours();
        assertEquals(LINES, new HashSet<>(lines).size(), lines.toString());
        List<Paint> symbols = new ArrayList<>();
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            Label entry = (Label) chart.lookupAll(".chart-legend-item").stream()
                    .filter(n -> ((Label) n).getText().equals(series.getName())).findFirst().orElseThrow();
            symbols.add(((Region) entry.getGraphic()).getBackground().getFills().get(0).getFill());
        }
        assertEquals(lines, symbols);
    }

    @Test
    void jfioPlotDrawsLinesInTheWindowsColoursAndOrder(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Paint> plot = new ArrayList<>();
        for (java.awt.Color c : LogPlotRenderer.PALETTE) {
            plot.add(Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
        }
        assertEquals(lineColours(), plot);
    }

    private List<Paint> lineColours() {
        return chart.getData().stream().map(s -> ((Path) s.getNode()).getStroke()).toList();
    }
}
