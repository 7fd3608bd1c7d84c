package io.jfio.app.results;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;

import io.jfio.app.chart.AxisFormats;
import io.jfio.app.chart.ChartInteraction;
import io.jfio.app.chart.DecadeAxis;
import io.jfio.app.chart.LatencyDistributionChart;
import io.jfio.app.live.LatencyAxisFormat;

import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;

/**
 * Line charts of values over time as the results and the log viewer draw them: seconds on the x axis, a
 * linear axis for rates, a logarithmic one (decades of nanoseconds, labelled ns/µs/ms/s) for latencies;
 * hover, zoom and pan as the live view's ({@link ChartInteraction}). JavaFX thread only.
 */
public final class TimeCharts {

    private TimeCharts() {
    }

    /** A chart with a linear y axis from 0. */
    public static LineChart<Number, Number> rateChart(String id, String title) {
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        return chart(id, title, y);
    }

    /** A chart whose y axis is log10 of nanoseconds, a tick per decade (ns, µs, ms, s). */
    public static LineChart<Number, Number> latencyChart(String id, String title) {
        return chart(id, title, new DecadeAxis(LatencyAxisFormat::label));
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

    private static LineChart<Number, Number> chart(String id, String title, ValueAxis<Number> y) {
        NumberAxis time = new NumberAxis();
        time.setLabel("seconds");
        time.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(time, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        return chart;
    }

    /** Replaces a rate chart's lines with {@code series}. */
    public static void showRates(LineChart<Number, Number> chart, List<OverlaySeries> series) {
        show(chart, series, v -> v);
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
