package io.jfio.app.logs;

import java.util.List;

import java.util.function.DoubleFunction;

import io.jfio.app.chart.AlignedPlotAreas;
import io.jfio.app.chart.AxisFormats;
import io.jfio.app.results.TimeCharts;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The opened logs plotted over time: latency (log axis), bandwidth and IOPS graphs, each shown when some
 * log has lines for it (hover, zoom and pan as in the live view), and the files that could not be read
 * listed above them, one line each.
 * A thin view over {@link LogViewerModel}. JavaFX thread only.
 */
public final class LogViewerView extends BorderPane {

    private final LineChart<Number, Number> latencyChart = TimeCharts.latencyChart("logLatencyChart", "Latency (log)");
    private final LineChart<Number, Number> bandwidthChart = TimeCharts.bandwidthChart("logBandwidthChart", "Bandwidth");
    private final LineChart<Number, Number> iopsChart = TimeCharts.rateChart("logIopsChart", "IOPS");
    private final Label errors = new Label();
    private final LogViewerModel model;

    public LogViewerView(LogViewerModel model) {
        this.model = model;
        setId("logViewer");
        errors.setId("logErrors");
        errors.setWrapText(true);
        errors.setStyle("-fx-text-fill: #c62828; -fx-padding: 4;");
        errors.managedProperty().bind(errors.visibleProperty());
        VBox charts = new VBox();
        List<DoubleFunction<String>> formats = List.of(AxisFormats.LOG10_LATENCY, AxisFormats.BANDWIDTH_MIBPS,
                AxisFormats.COUNT);
        List<LineChart<Number, Number>> all = List.of(latencyChart, bandwidthChart, iopsChart);
        AlignedPlotAreas.align(all);
        for (int i = 0; i < all.size(); i++) {
            LineChart<Number, Number> chart = all.get(i);
            Node node = TimeCharts.interactive(chart, formats.get(i));
            VBox.setVgrow(node, Priority.ALWAYS);
            // a graph no log has lines for takes no room
            node.visibleProperty().bind(chart.visibleProperty());
            node.managedProperty().bind(chart.visibleProperty());
            charts.getChildren().add(node);
        }
        setTop(errors);
        setCenter(charts);
        model.logs().addListener((ListChangeListener<LoadedLog>) change -> showLogs());
        model.errors().addListener((ListChangeListener<String>) change -> showErrors());
        showLogs();
        showErrors();
    }

    private void showLogs() {
        TimeCharts.showLatencies(latencyChart, model.latencySeries());
        TimeCharts.showBandwidth(bandwidthChart, model.bandwidthSeries());
        TimeCharts.showRates(iopsChart, model.iopsSeries());
        for (LineChart<Number, Number> chart : List.of(latencyChart, bandwidthChart, iopsChart)) {
            chart.setVisible(!chart.getData().isEmpty());
        }
    }

    private void showErrors() {
        errors.setText(String.join("\n", model.errors()));
        errors.setVisible(!model.errors().isEmpty());
    }

    public LineChart<Number, Number> latencyChart() {
        return latencyChart;
    }

    public LineChart<Number, Number> bandwidthChart() {
        return bandwidthChart;
    }

    public LineChart<Number, Number> iopsChart() {
        return iopsChart;
    }

    /** The error lines as shown. */
    public Label errors() {
        return errors;
    }
}
