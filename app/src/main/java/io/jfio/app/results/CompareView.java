package io.jfio.app.results;

import java.util.List;

import io.jfio.app.chart.AlignedPlotAreas;
import io.jfio.app.chart.AxisFormats;
import io.jfio.app.chart.ChartGrid;
import io.jfio.app.chart.LatencyDistributionChart;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The runs selected in the session list on the same graphs: IOPS, bandwidth and p99 completion latency
 * over the jobs' time, and their final clat distributions on the nines chart; a selector above them
 * chooses one line per run and direction ("Run 2 · read": the run's jobs summed, their latencies merged)
 * or per run, job and direction ("Run 2 · seq read"). Hover, zoom and pan as in the live view. A thin view
 * over {@link ResultsViewModel#overlayProperty()} and {@link ResultsViewModel#compareGroupingProperty()}.
 * JavaFX thread only.
 */
public final class CompareView extends BorderPane {

    private final LineChart<Number, Number> iopsChart = TimeCharts.rateChart("compareIopsChart", "IOPS");
    private final LineChart<Number, Number> bandwidthChart =
            TimeCharts.bandwidthChart("compareBandwidthChart", "Bandwidth");
    private final LineChart<Number, Number> latencyChart =
            TimeCharts.latencyChart("compareLatencyChart", "p99 completion latency (log)");
    private final LatencyDistributionChart distributionChart = new LatencyDistributionChart();
    private final ChoiceBox<CompareGrouping> grouping =
            new ChoiceBox<>(FXCollections.observableArrayList(CompareGrouping.values()));

    public CompareView(ResultsViewModel model) {
        setId("compareView");
        distributionChart.setId("compareDistributionChart");
        distributionChart.setTitle("Completion latency distribution");
        List<Node> cells = List.of(TimeCharts.interactive(iopsChart, AxisFormats.COUNT),
                TimeCharts.interactive(bandwidthChart, AxisFormats.BANDWIDTH_MIBPS),
                TimeCharts.interactive(latencyChart, AxisFormats.LOG10_LATENCY),
                TimeCharts.interactive(distributionChart));
        AlignedPlotAreas.align(List.of(iopsChart, latencyChart)); // the left column: both over time
        GridPane charts = new GridPane();
        ChartGrid.quarters(charts, cells);
        setCenter(charts);
        grouping.setId("compareGrouping");
        grouping.valueProperty().bindBidirectional(model.compareGroupingProperty());
        Label label = new Label("Lines:");
        label.setLabelFor(grouping);
        HBox bar = new HBox(6, label, grouping);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 0, 8));
        setTop(bar);
        model.overlayProperty().addListener((obs, old, overlay) -> show(overlay));
        show(model.overlayProperty().get());
    }

    private void show(RunOverlay overlay) {
        TimeCharts.showRates(iopsChart, overlay.iops());
        TimeCharts.showBandwidth(bandwidthChart, overlay.bandwidth());
        TimeCharts.showLatencies(latencyChart, overlay.p99Clat());
        distributionChart.setDistributions(overlay.clatDistributions());
    }

    /** The per run / per job selector. */
    public ChoiceBox<CompareGrouping> groupingSelector() {
        return grouping;
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
