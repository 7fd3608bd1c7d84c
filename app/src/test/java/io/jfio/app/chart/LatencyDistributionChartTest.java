package io.jfio.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.Percentile;

import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LatencyDistributionChartTest {

    private LatencyDistributionChart chart;

    @Start
    void start(Stage stage) {
        chart = new LatencyDistributionChart();
        stage.setScene(new Scene(chart, 800, 500));
        stage.show();
    }

    @Test
    void pointsSitOnTheNinesAndLogLatencyAxes(FxRobot robot) {
        robot.interact(() -> chart.setDistributions(List.of(new NamedDistribution("job read",
                List.of(new Percentile(0, 1_000), new Percentile(99, 100_000), new Percentile(100, 1_000_000)), 1000))));
        List<XYChart.Data<Number, Number>> data = chart.series("job read").getData();
        assertEquals(3, data.size());
        assertEquals(2, data.get(1).getXValue().doubleValue(), 1e-9);
        assertEquals(5, data.get(1).getYValue().doubleValue(), 1e-9);
        assertEquals(3, data.get(2).getXValue().doubleValue(), 1e-9); // 100% of 1000 samples: three nines
        assertEquals(6, data.get(2).getYValue().doubleValue(), 1e-9);
    }

    @Test
    void axesAreLabelledInNinesAndAdaptiveLatencyUnits(FxRobot robot) {
        robot.interact(() -> chart.setDistributions(List.of(NamedDistribution.fromHistogram("job read",
                LatencyHistogram.of(new long[] {10_000, 100_000, 1_000_000}, new long[] {900, 99, 1})))));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> x = labels(chart.getXAxis());
        Set<String> y = labels(chart.getYAxis());
        assertEquals(Set.of("0%", "90%", "99%", "99.9%"), x);
        assertEquals(Set.of("10 µs", "100 µs", "1 ms"), y);
    }

    @Test
    void refreshKeepsTheSeriesOfANameAndDropsVanishedNames(FxRobot robot) {
        NamedDistribution a = new NamedDistribution("a", List.of(new Percentile(0, 10), new Percentile(100, 20)));
        NamedDistribution b = new NamedDistribution("b", List.of(new Percentile(0, 10), new Percentile(100, 30)));
        robot.interact(() -> chart.setDistributions(List.of(a, b)));
        XYChart.Series<Number, Number> first = chart.series("a");
        robot.interact(() -> chart.setDistributions(List.of(new NamedDistribution("a",
                List.of(new Percentile(0, 10), new Percentile(90, 15), new Percentile(100, 40))))));
        assertSame(first, chart.series("a"));
        assertEquals(3, first.getData().size());
        assertEquals(1, chart.getData().size());
        assertNotNull(chart.series("a"));
    }

    @Test
    void aRefreshWithAsManyPointsMovesTheShownPointsInPlace(FxRobot robot) {
        robot.interact(() -> chart.setDistributions(List.of(new NamedDistribution("a",
                List.of(new Percentile(0, 10), new Percentile(100, 20))))));
        XYChart.Data<Number, Number> last = chart.series("a").getData().get(1);
        robot.interact(() -> chart.setDistributions(List.of(new NamedDistribution("a",
                List.of(new Percentile(0, 10), new Percentile(100, 1_000))))));
        assertSame(last, chart.series("a").getData().get(1));
        assertEquals(3, last.getYValue().doubleValue(), 1e-9); // log10(1000 ns)
    }

    // The tick labels: the axis' Text nodes other than its title.
    private static Set<String> labels(javafx.scene.chart.Axis<Number> axis) {
        return axis.lookupAll("Text").stream().filter(n -> n instanceof Text && n.isVisible())
                .map(n -> ((Text) n).getText()).filter(t -> !t.equals(axis.getLabel()))
                .collect(Collectors.toSet());
    }
}
