package io.jfio.app.results;

import java.util.List;

import io.jfio.app.chart.AxisFormats;
import io.jfio.app.chart.ChartGrid;
import io.jfio.app.chart.LatencyDistributionChart;

import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.layout.GridPane;

/**
 * The runs selected in the session list on the same graphs: IOPS, bandwidth and p99 completion latency
 * over each job's time, one line per run, job and direction, named by run ("Run 2 · seq read"), and their
 * final clat distributions on the nines chart. Hover, zoom and pan as in the live view. A thin view over
 * {@link ResultsViewModel#overlayProperty()}. JavaFX thread only.
 */
public final class CompareView extends GridPane {

    private final LineChart<Number, Number> iopsChart = TimeCharts.rateChart("compareIopsChart", "IOPS");
    private final LineChart<Number, Number> bandwidthChart =
            TimeCharts.rateChart("compareBandwidthChart", "Bandwidth (KiB/s)");
    private final LineChart<Number, Number> latencyChart =
            TimeCharts.latencyChart("compareLatencyChart", "p99 completion latency (log)");
    private final LatencyDistributionChart distributionChart = new LatencyDistributionChart();

    public CompareView(ResultsViewModel model) {
        setId("compareView");
        distributionChart.setId("compareDistributionChart");
        distributionChart.setTitle("Completion latency distribution");
        List<Node> cells = List.of(TimeCharts.interactive(iopsChart, AxisFormats.COUNT),
                TimeCharts.interactive(bandwidthChart, AxisFormats.BANDWIDTH_KIBPS),
                TimeCharts.interactive(latencyChart, AxisFormats.LOG10_LATENCY),
                TimeCharts.interactive(distributionChart));
        ChartGrid.quarters(this, cells);
        model.overlayProperty().addListener((obs, old, overlay) -> show(overlay));
        show(model.overlayProperty().get());
    }

    private void show(RunOverlay overlay) {
        TimeCharts.showRates(iopsChart, overlay.iops());
        TimeCharts.showRates(bandwidthChart, overlay.bandwidth());
        TimeCharts.showLatencies(latencyChart, overlay.p99Clat());
        distributionChart.setDistributions(overlay.clatDistributions());
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

    public LatencyDistributionChart distributionChart() {
        return distributionChart;
    }
}
