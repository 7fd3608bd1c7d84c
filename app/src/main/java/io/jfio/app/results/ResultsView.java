package io.jfio.app.results;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The results of the session's runs: the list of runs on the left, the selected run's table on the right
 * (per job and direction: IOPS, bandwidth, completion latency min/avg/max/stdev and p50/p90/p99/p99.9).
 * A thin view over {@link ResultsViewModel}. JavaFX thread only.
 */
public final class ResultsView extends SplitPane {

    private final ListView<SessionRun> runList;
    private final TableView<ResultRow> table;

    public ResultsView(ResultsViewModel model) {
        setId("resultsView");
        runList = new ListView<>(model.runs());
        runList.setId("runList");
        runList.getSelectionModel().selectedIndexProperty().addListener(
                (obs, old, index) -> model.selectedProperty().set(index.intValue()));
        model.selectedProperty().addListener((obs, old, index) -> runList.getSelectionModel().select(index.intValue()));
        table = new TableView<>(model.rows());
        table.setId("resultsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<ResultRow, String> job = column("Job", r -> r.jobName() + (r.jobNumber() > 0 ? " #" + r.jobNumber() : ""));
        job.setPrefWidth(170);
        table.getColumns().add(job);
        table.getColumns().add(narrow(column("Group", r -> Integer.toString(r.groupId()))));
        table.getColumns().add(narrow(column("Dir", ResultRow::direction)));
        table.getColumns().add(column("I/Os", r -> Long.toString(r.ios())));
        table.getColumns().add(column("IOPS", r -> Figures.count(r.iops())));
        TableColumn<ResultRow, String> bandwidth = column("Bandwidth", r -> Figures.bandwidth(r.bandwidthKiBps()));
        bandwidth.setPrefWidth(100);
        table.getColumns().add(bandwidth);
        TableColumn<ResultRow, String> clat = new TableColumn<>("Completion latency");
        clat.getColumns().add(column("min", r -> Figures.latency(r.clatMinNanos())));
        clat.getColumns().add(column("avg", r -> Figures.latency(r.clatMeanNanos())));
        clat.getColumns().add(column("max", r -> Figures.latency(r.clatMaxNanos())));
        clat.getColumns().add(column("stdev", r -> Figures.latency(r.clatStdevNanos())));
        clat.getColumns().add(column("p50", r -> Figures.latency(r.p50Nanos())));
        clat.getColumns().add(column("p90", r -> Figures.latency(r.p90Nanos())));
        clat.getColumns().add(column("p99", r -> Figures.latency(r.p99Nanos())));
        clat.getColumns().add(column("p99.9", r -> Figures.latency(r.p999Nanos())));
        table.getColumns().add(clat);
        table.getColumns().add(column("Error", ResultRow::error));
        getItems().addAll(runList, table);
        setDividerPositions(0.16);
    }

    public ListView<SessionRun> runList() {
        return runList;
    }

    public TableView<ResultRow> table() {
        return table;
    }

    private static TableColumn<ResultRow, String> narrow(TableColumn<ResultRow, String> column) {
        column.setPrefWidth(60);
        return column;
    }

    private static TableColumn<ResultRow, String> column(String title, Function<ResultRow, String> text) {
        TableColumn<ResultRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
