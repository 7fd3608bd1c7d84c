package io.jfio.app.results;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import io.jfio.model.result.DiskUtil;
import io.jfio.model.result.Percentile;

import io.jfio.app.chart.LatencyDistributionChart;
import io.jfio.app.chart.NamedDistribution;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The results of the session's runs: the list of runs on the left (select several to compare them), and
 * the selected run's tables on the right as fio's report prints them: per job and direction (with the
 * run's final latency distribution on the nines chart), latencies, rates, run status groups, CPU and disk
 * utilisation; plus the selected runs' graphs on one set of axes.
 * A thin view over {@link ResultsViewModel}. JavaFX thread only.
 */
public final class ResultsView extends SplitPane {

    private final ListView<SessionRun> runList;
    private final TableView<ResultRow> table;
    private final TableView<LatencyRow> latencyTable;
    private final TableView<RateRow> rateTable;
    private final TableView<GroupRow> groupTable;
    private final TableView<CpuRow> cpuTable;
    private final TableView<DiskUtil> diskTable;
    private final CompareView compareView;
    private final LatencyDistributionChart distributionChart = new LatencyDistributionChart();
    private final TabPane tabs;

    public ResultsView(ResultsViewModel model) {
        setId("resultsView");
        runList = new ListView<>(model.runs());
        runList.setId("runList");
        runList.setCellFactory(list -> new RunCell());
        runList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        runList.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                model.selectedProperty().set(index.intValue());
            }
        });
        runList.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) change ->
                model.compare(List.copyOf(runList.getSelectionModel().getSelectedIndices())));
        model.selectedProperty().addListener((obs, old, index) -> {
            if (!runList.getSelectionModel().isSelected(index.intValue())) {
                runList.getSelectionModel().clearAndSelect(index.intValue());
            }
        });
        table = jobTable(model);
        latencyTable = latencyTable(model);
        rateTable = rateTable(model);
        groupTable = groupTable(model);
        cpuTable = cpuTable(model);
        diskTable = diskTable(model);
        compareView = new CompareView(model);
        tabs = new TabPane(new Tab("Jobs", jobsAndDistribution(model)), new Tab("Latency", latencyTable),
                new Tab("Rates", rateTable), new Tab("Groups", groupTable),
                new Tab("CPU", cpuTable), new Tab("Disks", diskTable), new Tab("Compare runs", compareView));
        tabs.setId("resultsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().forEach(ResultsView::attachOnlyWhenSelected);
        getItems().addAll(runList, tabs);
        setDividerPositions(0.16);
    }

    /**
     * Keeps a tab's content out of the scene while another tab is shown: a new run then updates the hidden
     * tables and graphs without laying them out or styling them on the FX thread (hundreds of milliseconds for
     * seven tables and five charts); the tab that is shown is laid out when it is selected.
     */
    private static void attachOnlyWhenSelected(Tab tab) {
        javafx.scene.Node content = tab.getContent();
        if (!tab.isSelected()) {
            tab.setContent(null);
        }
        tab.selectedProperty().addListener((obs, was, selected) -> tab.setContent(selected ? content : null));
    }

    /** A run in the list: its number and time over its job file and jobs, the whole label as a tooltip. */
    private static final class RunCell extends javafx.scene.control.ListCell<SessionRun> {
        @Override
        protected void updateItem(SessionRun run, boolean empty) {
            super.updateItem(run, empty);
            setText(empty || run == null ? null : run.twoLineLabel());
            setTooltip(empty || run == null ? null : new javafx.scene.control.Tooltip(run.label()));
        }
    }

    public ListView<SessionRun> runList() {
        return runList;
    }

    /** Per reported job and direction: I/Os, IOPS, bandwidth, io, runtime, clat and its main percentiles. */
    public TableView<ResultRow> table() {
        return table;
    }

    public TableView<LatencyRow> latencyTable() {
        return latencyTable;
    }

    public TableView<RateRow> rateTable() {
        return rateTable;
    }

    public TableView<GroupRow> groupTable() {
        return groupTable;
    }

    public TableView<CpuRow> cpuTable() {
        return cpuTable;
    }

    public TableView<DiskUtil> diskTable() {
        return diskTable;
    }

    /** The selected run's final latency distributions (nines axis). */
    public LatencyDistributionChart distributionChart() {
        return distributionChart;
    }

    public CompareView compareView() {
        return compareView;
    }

    /** The tabs of tables and graphs (other views may add theirs). */
    public TabPane tabs() {
        return tabs;
    }

    /**
     * Lays the Jobs table out once with {@code madeUpRows} and gives it its own rows back, all in this one call,
     * so the made-up rows are never drawn: the table's row cells (a row per visible line, a cell per column) are
     * made and styled now, and the first run's results reuse them. Measured on a 2-core VM, that first layout with
     * data held the FX thread for 75-110 ms at the run's end. Does nothing once the table has rows of its own.
     * For idle time before the first run.
     */
    public void primeJobsTable(List<ResultRow> madeUpRows) {
        javafx.collections.ObservableList<ResultRow> own = table.getItems();
        if (!own.isEmpty() || table.getScene() == null) {
            return;
        }
        table.setItems(FXCollections.observableArrayList(madeUpRows));
        table.applyCss();
        table.layout();
        table.setItems(own);
    }

    /** The jobs table above the selected run's distribution chart, with the choice of clat, lat or slat. */
    private SplitPane jobsAndDistribution(ResultsViewModel model) {
        distributionChart.setId("resultsDistributionChart");
        model.distributions().addListener((ListChangeListener<NamedDistribution>) change ->
                distributionChart.setDistributions(List.copyOf(model.distributions())));
        distributionChart.setDistributions(List.copyOf(model.distributions()));
        ChoiceBox<String> kind = new ChoiceBox<>(FXCollections.observableArrayList(RunDistributions.KINDS));
        kind.setId("distributionKind");
        kind.valueProperty().bindBidirectional(model.distributionKindProperty());
        Runnable title = () -> distributionChart.setTitle(
                "Final " + model.distributionKindProperty().get() + " distribution");
        model.distributionKindProperty().addListener((obs, old, now) -> title.run());
        title.run();
        HBox bar = new HBox(6, new Label("Latency:"), kind);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 0, 8));
        Node chart = TimeCharts.interactive(distributionChart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, new VBox(bar, chart));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        return split;
    }

    private static TableView<ResultRow> jobTable(ResultsViewModel model) {
        TableView<ResultRow> t = table("resultsTable", model.rows());
        t.getColumns().add(width(column("Job", ResultRow::jobLabel), 160));
        t.getColumns().add(width(figures("Group", r -> Integer.toString(r.groupId())), 55));
        t.getColumns().add(width(column("Dir", ResultRow::direction), 50));
        t.getColumns().add(width(figures("I/Os", r -> Long.toString(r.ios())), 75));
        t.getColumns().add(width(figures("IOPS", r -> Figures.count((long) r.iops())), 60));
        t.getColumns().add(width(figures("BW", r -> Figures.bandwidth(r.bytesPerSecond())), 95));
        t.getColumns().add(width(figures("io", r -> Figures.bytes(r.ioBytes())), 75));
        t.getColumns().add(width(figures("run (ms)", r -> Long.toString(r.runtimeMillis())), 75));
        TableColumn<ResultRow, String> clat = new TableColumn<>("Completion latency");
        clat.getColumns().add(width(figures("min", r -> Figures.latency(r.clatMinNanos())), 62));
        clat.getColumns().add(width(figures("avg", r -> Figures.latency(r.clatMeanNanos())), 62));
        clat.getColumns().add(width(figures("max", r -> Figures.latency(r.clatMaxNanos())), 62));
        clat.getColumns().add(width(figures("stdev", r -> Figures.latency(r.clatStdevNanos())), 62));
        clat.getColumns().add(width(figures("p50", r -> Figures.latency(r.p50Nanos())), 62));
        clat.getColumns().add(width(figures("p90", r -> Figures.latency(r.p90Nanos())), 62));
        clat.getColumns().add(width(figures("p99", r -> Figures.latency(r.p99Nanos())), 62));
        clat.getColumns().add(width(figures("p99.9", r -> Figures.latency(r.p999Nanos())), 62));
        t.getColumns().add(clat);
        t.getColumns().add(width(column("Error", ResultRow::error), 80));
        return t;
    }

    /** slat/clat/lat rows; a column per percentile any row shows, rebuilt when the rows change. */
    private static TableView<LatencyRow> latencyTable(ResultsViewModel model) {
        TableView<LatencyRow> t = table("latencyTable", model.latencies());
        Runnable columns = () -> {
            List<TableColumn<LatencyRow, String>> all = new java.util.ArrayList<>();
            TableColumn<LatencyRow, String> job = column("Job", LatencyRow::jobLabel);
            job.setPrefWidth(150);
            all.add(job);
            all.add(narrow(column("Dir", LatencyRow::direction)));
            all.add(narrow(column("Kind", LatencyRow::kind)));
            all.add(figures("min", r -> Figures.latency(r.summary().minNanos())));
            all.add(figures("avg", r -> Figures.latency(r.summary().meanNanos())));
            all.add(figures("max", r -> Figures.latency(r.summary().maxNanos())));
            all.add(figures("stdev", r -> Figures.latency(r.summary().stdevNanos())));
            all.add(figures("N", r -> Long.toString(r.summary().count())));
            TreeSet<Double> percents = new TreeSet<>();
            for (LatencyRow row : model.latencies()) {
                if (row.percentiles()) {
                    row.summary().percentiles().stream().map(Percentile::percent).forEach(percents::add);
                }
            }
            for (double percent : percents) {
                all.add(narrow(figures("p" + Figures.percentLabel(percent),
                        r -> Figures.latency(r.percentileNanos(percent)))));
            }
            // One change: the columns are fitted to the rows once (ColumnFit), not once per column added.
            t.getColumns().setAll(all);
        };
        model.latencies().addListener((ListChangeListener<LatencyRow>) change -> columns.run());
        columns.run();
        return t;
    }

    /** fio's "bw (KiB/s):" and "iops :" lines: min, max, per, avg, stdev and samples. */
    private static TableView<RateRow> rateTable(ResultsViewModel model) {
        TableView<RateRow> t = table("rateTable", model.rates());
        t.getColumns().add(width(column("Job", RateRow::jobLabel), 160));
        t.getColumns().add(narrow(column("Dir", RateRow::direction)));
        TableColumn<RateRow, String> bw = new TableColumn<>("Bandwidth (KiB/s)");
        bw.getColumns().add(figures("min", r -> Long.toString((long) r.bandwidthKiBps().min())));
        bw.getColumns().add(figures("max", r -> Long.toString((long) r.bandwidthKiBps().max())));
        bw.getColumns().add(figures("per %", r -> Figures.twoDecimals(r.shareOfGroupPercent())));
        bw.getColumns().add(figures("avg", r -> Figures.twoDecimals(r.bandwidthKiBps().mean())));
        bw.getColumns().add(figures("stdev", r -> Figures.twoDecimals(r.bandwidthKiBps().stdev())));
        bw.getColumns().add(figures("samples", r -> Long.toString(r.bandwidthKiBps().samples())));
        t.getColumns().add(bw);
        TableColumn<RateRow, String> iops = new TableColumn<>("IOPS");
        iops.getColumns().add(figures("min", r -> Long.toString((long) r.iops().min())));
        iops.getColumns().add(figures("max", r -> Long.toString((long) r.iops().max())));
        iops.getColumns().add(figures("avg", r -> Figures.twoDecimals(r.iops().mean())));
        iops.getColumns().add(figures("stdev", r -> Figures.twoDecimals(r.iops().stdev())));
        iops.getColumns().add(figures("samples", r -> Long.toString(r.iops().samples())));
        t.getColumns().add(iops);
        return t;
    }

    private static TableView<GroupRow> groupTable(ResultsViewModel model) {
        TableView<GroupRow> t = table("groupTable", model.groups());
        t.getColumns().add(narrow(figures("Group", r -> Integer.toString(r.groupId()))));
        t.getColumns().add(narrow(column("Dir", GroupRow::direction)));
        t.getColumns().add(figures("aggr. BW", r -> Figures.bandwidth(r.aggregateBytesPerSecond())));
        t.getColumns().add(figures("aggr. IOPS", r -> Figures.count(r.aggregateIops())));
        t.getColumns().add(figures("BW min-max", r -> Figures.bandwidth(r.minBytesPerSecond()) + "-"
                + Figures.bandwidth(r.maxBytesPerSecond())));
        t.getColumns().add(figures("io", r -> Figures.bytes(r.ioBytes())));
        t.getColumns().add(figures("I/Os", r -> Long.toString(r.ios())));
        t.getColumns().add(figures("run (ms)", r -> r.minRuntimeMillis() + "-" + r.maxRuntimeMillis()));
        return t;
    }

    private static TableView<CpuRow> cpuTable(ResultsViewModel model) {
        TableView<CpuRow> t = table("cpuTable", model.cpus());
        t.getColumns().add(column("Job", CpuRow::jobLabel));
        t.getColumns().add(figures("usr %", r -> Figures.twoDecimals(r.cpu().userPercent())));
        t.getColumns().add(figures("sys %", r -> Figures.twoDecimals(r.cpu().systemPercent())));
        t.getColumns().add(figures("ctx", r -> Long.toString(r.cpu().contextSwitches())));
        t.getColumns().add(figures("majf", r -> Long.toString(r.cpu().majorFaults())));
        t.getColumns().add(figures("minf", r -> Long.toString(r.cpu().minorFaults())));
        return t;
    }

    private static TableView<DiskUtil> diskTable(ResultsViewModel model) {
        TableView<DiskUtil> t = table("diskTable", model.disks());
        t.setPlaceholder(new javafx.scene.control.Label("No disk statistics (no block device under the jobs' files)"));
        t.getColumns().add(column("Device", DiskUtil::name));
        t.getColumns().add(figures("ios r/w", d -> d.readIos() + "/" + d.writeIos()));
        t.getColumns().add(figures("merge r/w", d -> d.readMerges() + "/" + d.writeMerges()));
        t.getColumns().add(figures("ticks r/w (ms)", d -> d.readTicksMillis() + "/" + d.writeTicksMillis()));
        t.getColumns().add(figures("in_queue (ms)", d -> Long.toString(d.inQueueMillis())));
        t.getColumns().add(figures("util %", d -> Figures.twoDecimals(d.utilPercent())));
        return t;
    }

    private static <T> TableView<T> table(String id, javafx.collections.ObservableList<T> rows) {
        TableView<T> t = new TableView<>(rows);
        t.setId(id);
        ColumnFit.install(t); // its resize policy too: it fills the width while the columns fit, scrolls if not
        return t;
    }

    private static <T> TableColumn<T, String> narrow(TableColumn<T, String> column) {
        return width(column, 60);
    }

    private static <T> TableColumn<T, String> width(TableColumn<T, String> column, double prefWidth) {
        column.setPrefWidth(prefWidth);
        return column;
    }

    /** A column of figures: right-aligned, so that digits line up from row to row ({@code jfio.css}). */
    static <T> TableColumn<T, String> figures(String title, Function<T, String> text) {
        TableColumn<T, String> column = column(title, text);
        column.getStyleClass().add("figures");
        return column;
    }

    /** A column of text cells; its text is what tests read back. */
    static <T> TableColumn<T, String> column(String title, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
