package io.jfio.app.results;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import io.jfio.app.live.LatencyAxisFormat;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * Line charts of values over time as the results and the log viewer draw them: seconds on the x axis, a
 * linear axis for rates, a logarithmic one (decades of nanoseconds, labelled ns/µs/ms/s) for latencies.
 * JavaFX thread only.
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

    /** A chart whose y axis is log10 of nanoseconds, a tick per decade. */
    public static LineChart<Number, Number> latencyChart(String id, String title) {
        NumberAxis y = new NumberAxis(0, 9, 1);
        y.setAutoRanging(false);
        y.setMinorTickCount(0);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number log10Nanos) {
                return LatencyAxisFormat.label(log10Nanos.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        });
        return chart(id, title, y);
    }

    private static LineChart<Number, Number> chart(String id, String title, NumberAxis y) {
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

    /** Replaces a latency chart's lines with {@code series} (nanoseconds) and fits its decades to them. */
    public static void showLatencies(LineChart<Number, Number> chart, List<OverlaySeries> series) {
        show(chart, series, LatencyAxisFormat::toAxis);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (OverlaySeries s : series) {
            for (TimePoint p : s.points()) {
                double axis = LatencyAxisFormat.toAxis(p.value());
                low = Math.min(low, axis);
                high = Math.max(high, axis);
            }
        }
        NumberAxis y = (NumberAxis) chart.getYAxis();
        if (low <= high) {
            y.setLowerBound(Math.floor(low));
            y.setUpperBound(Math.max(Math.floor(low) + 1, Math.ceil(high)));
        }
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
