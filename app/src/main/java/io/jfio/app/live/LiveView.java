package io.jfio.app.live;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import io.jfio.app.chart.AlignedPlotAreas;
import io.jfio.app.chart.AxisFormats;
import io.jfio.app.chart.ChartGrid;
import io.jfio.app.chart.ChartInteraction;
import io.jfio.app.chart.LatencyDistributionChart;
import io.jfio.app.chart.TimeChart;
import io.jfio.app.task.FramePacedUpdates;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The live graphs under a small tool bar: IOPS and bandwidth over time (top), the window's latency
 * percentiles over time on a logarithmic axis, and the run's cumulative latency distribution on a nines axis
 * (bottom), in a 2 x 2 grid. The tool bar pauses and resumes following, chooses each job / all jobs
 * aggregated / one job, and the latency kind (clat, lat, slat). Every chart has hover read-outs, zoom, pan,
 * double-click reset and a legend that hides lines ({@link ChartInteraction}); the over-time charts follow
 * and pause together. A thin view over {@link LiveViewModel}: each model series becomes a chart series,
 * refreshed when its points change. JavaFX thread only.
 */
public final class LiveView extends VBox {

    /** Room to grow left on the over-time charts' axes when the data outgrows them (see ChartInteraction). */
    static final double GROWTH_HEADROOM = 0.5;

    private final LineChart<Number, Number> iopsChart;
    private final LineChart<Number, Number> bandwidthChart;
    private final LineChart<Number, Number> latencyChart;
    private final LatencyDistributionChart distributionChart;
    private final BooleanProperty following = new SimpleBooleanProperty(true);
    private final Map<XYChart<Number, Number>, ChartInteraction> interactions = new LinkedHashMap<>();
    private final ToggleButton followButton = new ToggleButton("Follow");
    // Choice boxes, not combo boxes: a combo box keeps its hidden list inside the window's scene, and when only
    // that list changes (its selected cell restyled as a run starts) JavaFX repaints the whole window for
    // nothing: 50-110 ms of software rendering next to the tab switch (bench/README.md, ninth session).
    private final ChoiceBox<String> jobSelector = new ChoiceBox<>();
    private final ChoiceBox<LatencyKind> latencySelector = new ChoiceBox<>();
    private final FramePacedUpdates updates = new FramePacedUpdates();

    public LiveView(LiveViewModel model) {
        setId("liveView");
        iopsChart = TimeChart.rates("iopsChart", "IOPS", TimeChart.Layout.LIVE);
        bandwidthChart = TimeChart.bandwidth("bandwidthChart", "Bandwidth", TimeChart.Layout.LIVE);
        latencyChart = TimeChart.latencies("latencyChart", "Completion latency (log)", TimeChart.Layout.LIVE);
        distributionChart = new LatencyDistributionChart();
        distributionChart.setId("distributionChart");
        distributionChart.setTitle("Completion latency distribution");
        distributionChart.setMinHeight(120);
        bind(model.iopsSeries(), iopsChart, v -> v);
        bind(model.bandwidthSeries(), bandwidthChart, AxisFormats::toMibps);
        bind(model.latencySeries(), latencyChart, LatencyAxisFormat::toAxis);
        distributionChart.setDistributions(model.distributionsProperty().get());
        model.distributionsProperty().addListener((obs, old, now) -> updates.submit(distributionChart,
                distributionChart, () -> distributionChart.setDistributions(model.distributionsProperty().get())));
        // What a run drew last is on the charts once it has ended, not a frame or three later, and fitted to
        // them: the room left for growth while the data arrived would stay empty (a 2 s run on a 3 s axis).
        model.runningProperty().addListener((obs, was, running) -> {
            if (!running) {
                updates.flush();
            }
            for (LineChart<Number, Number> chart : List.of(iopsChart, bandwidthChart, latencyChart)) {
                interactions.get(chart).setGrowthHeadroom(running ? GROWTH_HEADROOM : 0);
            }
        });
        model.latencyKindProperty().addListener((obs, old, now) -> retitle(now));
        retitle(model.latencyKindProperty().get());

        interact(iopsChart, AxisFormats.COUNT);
        interact(bandwidthChart, AxisFormats.BANDWIDTH_MIBPS);
        interact(latencyChart, AxisFormats.LOG10_LATENCY);
        interactions.put(distributionChart, new ChartInteraction(distributionChart, AxisFormats.NINES,
                AxisFormats.LOG10_LATENCY, following));

        AlignedPlotAreas.align(List.of(iopsChart, latencyChart)); // the left column: both over time
        GridPane grid = new GridPane();
        grid.setId("liveCharts");
        ChartGrid.quarters(grid, List.of(interactions.get(iopsChart).node(), interactions.get(bandwidthChart).node(),
                interactions.get(latencyChart).node(), interactions.get(distributionChart).node()));
        VBox.setVgrow(grid, Priority.ALWAYS);
        getChildren().addAll(toolBar(model), grid);
    }

    /**
     * Spreads the charts' updates over frames, one chart every other frame ({@link FramePacedUpdates}): the
     * window's live view does, since a sample window changes all four charts at once and drawing them in one
     * frame held the FX thread for 45-85 ms at a first run's first window on a 2-core VM. Without it (tests,
     * pictures of a finished run) every change reaches its chart at once.
     */
    public void paceUpdatesOverFrames() {
        updates.paceOverFrames();
    }

    /** Applies every chart update still waiting for a frame (before a picture of the charts, say). */
    public void flushUpdates() {
        updates.flush();
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

    /** The cumulative latency distribution of the run so far. */
    public LatencyDistributionChart distributionChart() {
        return distributionChart;
    }

    /** The four charts: IOPS, bandwidth, latency over time, latency distribution. */
    public List<LineChart<Number, Number>> charts() {
        return List.of(iopsChart, bandwidthChart, latencyChart, distributionChart);
    }

    /** The zoom, pan, hover and legend handling of one of {@link #charts}. */
    public ChartInteraction interaction(XYChart<Number, Number> chart) {
        return interactions.get(chart);
    }

    /** True while the charts follow the data (auto-range); the tool bar's Follow button. */
    public BooleanProperty followingProperty() {
        return following;
    }

    private ToolBar toolBar(LiveViewModel model) {
        followButton.setId("liveFollow");
        followButton.selectedProperty().bindBidirectional(following);
        followButton.setTooltip(new Tooltip("Auto-range the charts as data arrives; zooming pauses it"));
        jobSelector.setId("liveJobSelector");
        jobSelector.setItems(model.jobChoices());
        follow(jobSelector, model.jobSelectionProperty());
        jobSelector.setTooltip(new Tooltip("Each job's lines, all jobs summed per direction, or one job"));
        latencySelector.setId("liveLatencySelector");
        latencySelector.setItems(model.latencyKinds());
        follow(latencySelector, model.latencyKindProperty());
        latencySelector.setTooltip(new Tooltip("clat: issue to completion; lat: start to completion; slat: submission"));
        Label hint = new Label("Drag: zoom · Shift+drag or middle button: pan · wheel: zoom time · double-click: reset · legend: hide/show");
        hint.getStyleClass().add("live-hint");
        hint.setOpacity(0.7);
        return new ToolBar(followButton, new Separator(), new Label("Jobs"), jobSelector, new Label("Latency"),
                latencySelector, new Separator(), hint);
    }

    // Not a bidirectional binding: a choice box empties its value when its items change, the model must not.
    private static <T> void follow(ChoiceBox<T> box, javafx.beans.property.Property<T> selection) {
        box.setValue(selection.getValue());
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selection.setValue(now);
            }
        });
        selection.addListener((obs, old, now) -> box.setValue(now));
        box.getItems().addListener((ListChangeListener<T>) c -> {
            if (box.getValue() == null) {
                box.setValue(selection.getValue());
            }
        });
    }


    private void retitle(LatencyKind kind) {
        String name = switch (kind) {
            case CLAT -> "Completion latency";
            case LAT -> "Total latency";
            case SLAT -> "Submission latency";
        };
        latencyChart.setTitle(name + " (" + kind.label() + ", log)");
        distributionChart.setTitle(name + " distribution (" + kind.label() + ", so far)");
    }

    private void interact(LineChart<Number, Number> chart, java.util.function.DoubleFunction<String> yFormat) {
        ChartInteraction interaction = new ChartInteraction(chart, AxisFormats.SECONDS, yFormat, following);
        // The data grows: leave it half its extent of room, so the axes move every few windows, not every one.
        interaction.setGrowthHeadroom(GROWTH_HEADROOM);
        interactions.put(chart, interaction);
    }

    private void bind(ObservableList<LiveSeries> source, LineChart<Number, Number> chart, DoubleUnaryOperator y) {
        Map<LiveSeries, XYChart.Series<Number, Number>> shown = new IdentityHashMap<>();
        Map<LiveSeries, ListChangeListener<LivePoint>> listeners = new IdentityHashMap<>();
        source.addListener((ListChangeListener<LiveSeries>) change -> {
            // The change is read now (it is valid only here) and applied to the chart in its frame.
            List<SeriesChange> parts = new java.util.ArrayList<>();
            while (change.next()) {
                parts.add(new SeriesChange(List.copyOf(change.getRemoved()), List.copyOf(change.getAddedSubList())));
            }
            updates.submit(chart, () -> show(chart, y, shown, listeners, parts));
        });
    }

    /** One part of a change of a chart's series list, copied out of the change. */
    private record SeriesChange(List<LiveSeries> removed, List<LiveSeries> added) {
    }

    private void show(LineChart<Number, Number> chart, DoubleUnaryOperator y,
                      Map<LiveSeries, XYChart.Series<Number, Number>> shown,
                      Map<LiveSeries, ListChangeListener<LivePoint>> listeners, List<SeriesChange> parts) {
        for (SeriesChange part : parts) {
            for (LiveSeries removed : part.removed()) {
                // a series shown again later (another selection) gets a fresh chart series and listener
                ListChangeListener<LivePoint> refill = listeners.remove(removed);
                if (refill != null) {
                    removed.points().removeListener(refill);
                }
                chart.getData().remove(shown.remove(removed));
            }
            // All at once: the chart rebuilds its whole legend for every change of its series list.
            List<XYChart.Series<Number, Number>> newSeries = new java.util.ArrayList<>();
            for (LiveSeries added : part.added()) {
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                series.setName(added.name());
                fill(series, added.points(), y);
                ListChangeListener<LivePoint> refill = c -> updates.submit(chart, series,
                        () -> fill(series, added.points(), y));
                added.points().addListener(refill);
                listeners.put(added, refill);
                shown.put(added, series);
                newSeries.add(series);
            }
            chart.getData().addAll(newSeries);
        }
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
