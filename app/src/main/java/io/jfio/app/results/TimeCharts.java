package io.jfio.app.results;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;

import io.jfio.app.chart.AxisFormats;
import io.jfio.app.chart.ChartInteraction;
import io.jfio.app.chart.LatencyDistributionChart;
import io.jfio.app.chart.TimeChart;
import io.jfio.app.live.LatencyAxisFormat;

import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;

/**
 * Line charts of values over time as the run comparison and the log viewer draw them ({@link TimeChart} with
 * the time axis fitted to the data), filled from {@link OverlaySeries}; hover, zoom and pan as the live
 * view's ({@link ChartInteraction}). JavaFX thread only.
 */
public final class TimeCharts {

    private TimeCharts() {
    }

    /** A rate chart ({@link TimeChart#rates}) whose time axis fits the data. */
    public static LineChart<Number, Number> rateChart(String id, String title) {
        return TimeChart.rates(id, title, TimeChart.Layout.FITTED);
    }

    /** A bandwidth chart in MiB/s ({@link TimeChart#bandwidth}) whose time axis fits the data. */
    public static LineChart<Number, Number> bandwidthChart(String id, String title) {
        return TimeChart.bandwidth(id, title, TimeChart.Layout.FITTED);
    }

    /** A latency chart ({@link TimeChart#latencies}) whose time axis fits the data. */
    public static LineChart<Number, Number> latencyChart(String id, String title) {
        return TimeChart.latencies(id, title, TimeChart.Layout.FITTED);
    }

    /**
     * The chart with the shared chart behaviour (hover read-out, zoom, pan, double-click reset, legend
     * toggles): the node to put in the layout.
     *
     * @param yFormat prints a y value in the hover read-out ({@link AxisFormats})
     */
    public static Node interactive(LineChart<Number, Number> chart, DoubleFunction<String> yFormat) {
        return new ChartInteraction(chart, AxisFormats.SECONDS, yFormat).node();
    }

    /** A distribution chart (nines x axis) with the shared chart behaviour: the node to put in the layout. */
    public static Node interactive(LatencyDistributionChart chart) {
        return new ChartInteraction(chart, AxisFormats.NINES, AxisFormats.LOG10_LATENCY).node();
    }

    /** Replaces a rate chart's lines with {@code series}. */
    public static void showRates(LineChart<Number, Number> chart, List<OverlaySeries> series) {
        show(chart, series, v -> v);
    }

    /** Replaces a bandwidth chart's lines with {@code series} (KiB/s), drawn in MiB/s ({@link AxisFormats#BANDWIDTH_MIBPS}). */
    public static void showBandwidth(LineChart<Number, Number> chart, List<OverlaySeries> series) {
        show(chart, series, AxisFormats::toMibps);
    }

    /** Replaces a latency chart's lines with {@code series} (nanoseconds); its axis spans their decades. */
    public static void showLatencies(LineChart<Number, Number> chart, List<OverlaySeries> series) {
        show(chart, series, LatencyAxisFormat::toAxis);
    }

    private static void show(LineChart<Number, Number> chart, List<OverlaySeries> series, DoubleUnaryOperator toAxis) {
        chart.getData().clear();
        for (OverlaySeries s : series) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(s.name());
            for (TimePoint p : s.points()) {
                line.getData().add(new XYChart.Data<>(p.seconds(), toAxis.applyAsDouble(p.value())));
            }
            chart.getData().add(line);
        }
    }
}
