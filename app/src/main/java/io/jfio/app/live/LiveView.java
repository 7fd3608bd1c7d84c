package io.jfio.app.live;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The live graphs: IOPS and bandwidth over time per job and direction, and the window's clat percentiles
 * over time on a logarithmic axis whose labels adapt their unit. A thin view over {@link LiveViewModel}:
 * each model series becomes a chart series, refreshed when its points change. JavaFX thread only.
 */
public final class LiveView extends VBox {

    private final LineChart<Number, Number> iopsChart;
    private final LineChart<Number, Number> bandwidthChart;
    private final LineChart<Number, Number> latencyChart;

    public LiveView(LiveViewModel model) {
        setId("liveView");
        iopsChart = chart("iopsChart", "IOPS", new NumberAxis());
        bandwidthChart = chart("bandwidthChart", "Bandwidth (KiB/s)", new NumberAxis());
        NumberAxis latencyAxis = new NumberAxis();
        latencyAxis.setTickUnit(1);
        latencyAxis.setMinorTickCount(0);
        latencyAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number log10Nanos) {
                return LatencyAxisFormat.label(log10Nanos.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        });
        latencyChart = chart("latencyChart", "Completion latency (log)", latencyAxis);
        bind(model.iopsSeries(), iopsChart, v -> v);
        bind(model.bandwidthSeries(), bandwidthChart, v -> v);
        bind(model.latencySeries(), latencyChart, LatencyAxisFormat::toAxis);
        // Rates side by side above, latency (the chart with the most lines) across the whole width below.
        javafx.scene.layout.HBox rates = new javafx.scene.layout.HBox(iopsChart, bandwidthChart);
        javafx.scene.layout.HBox.setHgrow(iopsChart, Priority.ALWAYS);
        javafx.scene.layout.HBox.setHgrow(bandwidthChart, Priority.ALWAYS);
        VBox.setVgrow(rates, Priority.ALWAYS);
        VBox.setVgrow(latencyChart, Priority.ALWAYS);
        latencyChart.setMinHeight(260);
        getChildren().addAll(rates, latencyChart);
    }

    public LineChart<Number, Number> iopsChart() {
        return iopsChart;
    }

    public LineChart<Number, Number> bandwidthChart() {
        return bandwidthChart;
    }

    public LineChart<Number, Number> latencyChart() {
        return latencyChart;
    }

    /** The three charts, top to bottom. */
    public List<LineChart<Number, Number>> charts() {
        return List.of(iopsChart, bandwidthChart, latencyChart);
    }

    private static LineChart<Number, Number> chart(String id, String title, NumberAxis yAxis) {
        NumberAxis time = new NumberAxis();
        time.setLabel("seconds");
        time.setForceZeroInRange(true);
        yAxis.setForceZeroInRange(!"latencyChart".equals(id));
        LineChart<Number, Number> chart = new LineChart<>(time, yAxis);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(120);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return chart;
    }

    private static void bind(ObservableList<LiveSeries> source, LineChart<Number, Number> chart, DoubleUnaryOperator y) {
        Map<LiveSeries, XYChart.Series<Number, Number>> shown = new IdentityHashMap<>();
        source.addListener((ListChangeListener<LiveSeries>) change -> {
            while (change.next()) {
                for (LiveSeries removed : change.getRemoved()) {
                    chart.getData().remove(shown.remove(removed));
                }
                for (LiveSeries added : change.getAddedSubList()) {
                    XYChart.Series<Number, Number> series = new XYChart.Series<>();
                    series.setName(added.name());
                    fill(series, added.points(), y);
                    added.points().addListener((ListChangeListener<LivePoint>) c -> fill(series, added.points(), y));
                    shown.put(added, series);
                    chart.getData().add(series);
                }
            }
        });
    }

    private static void fill(XYChart.Series<Number, Number> series, List<LivePoint> points, DoubleUnaryOperator y) {
        ObservableList<XYChart.Data<Number, Number>> data = series.getData();
        // Appends only the new points when nothing was thinned, so a long run does not rebuild every frame.
        if (points.size() >= data.size() && !data.isEmpty()
                && data.get(data.size() - 1).getXValue().doubleValue() == points.get(data.size() - 1).seconds()) {
            List<XYChart.Data<Number, Number>> tail = new java.util.ArrayList<>();
            for (LivePoint p : points.subList(data.size(), points.size())) {
                tail.add(new XYChart.Data<>(p.seconds(), y.applyAsDouble(p.value())));
            }
            data.addAll(tail);
            return;
        }
        List<XYChart.Data<Number, Number>> all = new java.util.ArrayList<>(points.size());
        for (LivePoint p : points) {
            all.add(new XYChart.Data<>(p.seconds(), y.applyAsDouble(p.value())));
        }
        data.setAll(all);
    }
}
