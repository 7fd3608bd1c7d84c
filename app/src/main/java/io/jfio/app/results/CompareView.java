package io.jfio.app.results;

import javafx.scene.chart.LineChart;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The runs selected in the session list on the same graphs: IOPS, bandwidth and p99 completion latency
 * over each job's time, one line per run, job and direction, named by run ("Run 2 · seq read").
 * A thin view over {@link ResultsViewModel#overlayProperty()}. JavaFX thread only.
 */
public final class CompareView extends VBox {

    private final LineChart<Number, Number> iopsChart = TimeCharts.rateChart("compareIopsChart", "IOPS");
    private final LineChart<Number, Number> bandwidthChart =
            TimeCharts.rateChart("compareBandwidthChart", "Bandwidth (KiB/s)");
    private final LineChart<Number, Number> latencyChart =
            TimeCharts.latencyChart("compareLatencyChart", "p99 completion latency (log)");

    public CompareView(ResultsViewModel model) {
        setId("compareView");
        for (LineChart<Number, Number> chart : java.util.List.of(iopsChart, bandwidthChart, latencyChart)) {
            VBox.setVgrow(chart, Priority.ALWAYS);
            getChildren().add(chart);
        }
        model.overlayProperty().addListener((obs, old, overlay) -> show(overlay));
        show(model.overlayProperty().get());
    }

    private void show(RunOverlay overlay) {
        TimeCharts.showRates(iopsChart, overlay.iops());
        TimeCharts.showRates(bandwidthChart, overlay.bandwidth());
        TimeCharts.showLatencies(latencyChart, overlay.p99Clat());
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
}
