package io.jfio.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.jfio.app.live.LiveView;
import io.jfio.app.live.LiveViewModel;
import io.jfio.app.results.TimeCharts;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TimeChartTest {

    @Start
    void start(Stage stage) {
        // charts need the toolkit running; nothing to show
    }

    private static NumberAxis time(LineChart<Number, Number> chart) {
        return (NumberAxis) chart.getXAxis();
    }

    @Test
    void aRateChartCountsFromZeroOnALinearAxis() {
        LineChart<Number, Number> chart = TimeChart.rates("r", "IOPS", TimeChart.Layout.FITTED);
        assertEquals("r", chart.getId());
        assertEquals("IOPS", chart.getTitle());
        assertEquals("seconds", time(chart).getLabel());
        assertTrue(((NumberAxis) chart.getYAxis()).isForceZeroInRange());
        assertFalse(chart.getAnimated());
        assertFalse(chart.getCreateSymbols());
    }

    @Test
    void aLatencyChartHasADecadeAxisLabelledInTimeUnits() {
        LineChart<Number, Number> chart = TimeChart.latencies("l", "Latency (log)", TimeChart.Layout.FITTED);
        DecadeAxis y = assertInstanceOf(DecadeAxis.class, chart.getYAxis());
        assertEquals("1 ms", y.label(6));
        assertEquals("850 ns", y.label(Math.log10(850)));
    }

    @Test
    void theLayoutSetsTheTimeAxisStartAndTheMinimumHeight() {
        LineChart<Number, Number> live = TimeChart.rates("r", "IOPS", TimeChart.Layout.LIVE);
        assertTrue(time(live).isForceZeroInRange());
        assertEquals(120, live.getMinHeight());
        LineChart<Number, Number> fitted = TimeChart.latencies("l", "Latency", TimeChart.Layout.FITTED);
        assertFalse(time(fitted).isForceZeroInRange());
        assertEquals(Region.USE_COMPUTED_SIZE, fitted.getMinHeight());
    }

    @Test
    void theLiveViewKeepsItsChartsFromZeroAndTheComparisonFitsItsTime() {
        LiveView view = new LiveView(new LiveViewModel());
        for (LineChart<Number, Number> chart : List.of(view.iopsChart(), view.bandwidthChart(), view.latencyChart())) {
            assertTrue(time(chart).isForceZeroInRange(), chart.getId());
            assertEquals(120, chart.getMinHeight(), chart.getId());
        }
        assertInstanceOf(DecadeAxis.class, view.latencyChart().getYAxis());
        // the run comparison's and the log viewer's charts
        assertFalse(time(TimeCharts.rateChart("c", "IOPS")).isForceZeroInRange());
        assertEquals(Region.USE_COMPUTED_SIZE, TimeCharts.latencyChart("c", "p99").getMinHeight());
    }
}
