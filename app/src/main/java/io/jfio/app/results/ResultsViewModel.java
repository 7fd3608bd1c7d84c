package io.jfio.app.results;

import java.util.List;
import java.util.Optional;

import io.jfio.app.chart.NamedDistribution;
import io.jfio.model.job.JobSpec;
import io.jfio.model.result.DiskUtil;
import io.jfio.model.result.RunResult;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The session's runs and the tables of the selected one (see {@link RunTables}): per reported job and
 * direction, per latency, rates, per reporting group, CPU per job, and disk utilisation; its final latency
 * distributions; and the runs compared on the same graphs ({@link RunOverlay}). A new run is added at the
 * end and selected. No controls; JavaFX thread only (or one test thread).
 */
public final class ResultsViewModel {

    private final ObservableList<SessionRun> runs = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LatencyRow> latencies = FXCollections.observableArrayList();
    private final ObservableList<RateRow> rates = FXCollections.observableArrayList();
    private final ObservableList<GroupRow> groups = FXCollections.observableArrayList();
    private final ObservableList<CpuRow> cpus = FXCollections.observableArrayList();
    private final ObservableList<DiskUtil> disks = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObservableList<SessionRun> compared = FXCollections.observableArrayList();
    private final StringProperty distributionKind = new SimpleStringProperty("clat");
    private final ObservableList<NamedDistribution> distributions = FXCollections.observableArrayList();
    private final ObjectProperty<RunOverlay> overlay = new SimpleObjectProperty<>(RunOverlay.of(List.of()));
    private final ObjectProperty<CompareGrouping> grouping = new SimpleObjectProperty<>(CompareGrouping.PER_JOB);
    private boolean groupingChosen;
    private boolean choosingGrouping;

    public ResultsViewModel() {
        selected.addListener((obs, old, index) -> show(index.intValue()));
        distributionKind.addListener((obs, old, kind) -> showDistributions());
        compared.addListener((ListChangeListener<SessionRun>) change -> {
            if (!groupingChosen) {
                choosingGrouping = true;
                grouping.set(RunOverlay.defaultGrouping(compared));
                choosingGrouping = false;
            }
            overlay.set(RunOverlay.of(compared, grouping.get()));
        });
        grouping.addListener((obs, old, now) -> {
            if (now == null) {
                grouping.set(old);
                return;
            }
            if (!choosingGrouping) { // else the runs changed, and their listener redraws
                groupingChosen = true;
                overlay.set(RunOverlay.of(compared, now));
            }
        });
    }

    /**
     * How the comparison graphs group their lines: per run (the jobs summed) or per job. Until the user
     * chooses, per run whenever a compared run has more than one job ({@link RunOverlay#defaultGrouping}).
     */
    public ObjectProperty<CompareGrouping> compareGroupingProperty() {
        return grouping;
    }

    /** Which latency the distribution chart shows: "clat" (the default), "lat" or "slat". */
    public StringProperty distributionKindProperty() {
        return distributionKind;
    }

    /**
     * The selected run's final distributions of the chosen latency, one per reported job and direction that
     * recorded it ("seq read"), for the nines chart.
     */
    public ObservableList<NamedDistribution> distributions() {
        return distributions;
    }

    /** The runs on the comparison graphs, in session order. */
    public ObservableList<SessionRun> comparedRuns() {
        return compared;
    }

    /** Puts the runs at {@code indexes} of {@link #runs()} on the comparison graphs (unknown indexes are skipped). */
    public void compare(List<Integer> indexes) {
        compared.setAll(indexes.stream().filter(i -> i != null && i >= 0 && i < runs.size()).sorted().distinct()
                .map(runs::get).toList());
    }

    /** The series of the compared runs. */
    public ReadOnlyObjectProperty<RunOverlay> overlayProperty() {
        return overlay;
    }

    /** The session's runs, oldest first. */
    public ObservableList<SessionRun> runs() {
        return runs;
    }

    /** The selected run's rows per reported job and direction, in job order, read/write/trim within a job. */
    public ObservableList<ResultRow> rows() {
        return rows;
    }

    /** The selected run's slat/clat/lat figures per reported job and direction. */
    public ObservableList<LatencyRow> latencies() {
        return latencies;
    }

    /** The selected run's bandwidth and IOPS window summaries per reported job and direction. */
    public ObservableList<RateRow> rates() {
        return rates;
    }

    /** The selected run's "Run status group" figures per group and direction. */
    public ObservableList<GroupRow> groups() {
        return groups;
    }

    /** The selected run's CPU use per reported job. */
    public ObservableList<CpuRow> cpus() {
        return cpus;
    }

    /** The selected run's disk utilisation per device. */
    public ObservableList<DiskUtil> disks() {
        return disks;
    }

    /** Index of the selected run in {@link #runs()}, or -1. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** Adds a finished (or stopped) run without kept windows and selects it. */
    public SessionRun add(String jobFileName, RunResult result, List<JobSpec> jobs) {
        return add(jobFileName, result, jobs, RunWindows.none());
    }

    /** Adds a finished (or stopped) run with the sample windows kept while it ran, and selects it. */
    public SessionRun add(String jobFileName, RunResult result, List<JobSpec> jobs, RunWindows windows) {
        SessionRun run = new SessionRun(runs.size() + 1, jobFileName, result, jobs, windows);
        runs.add(run);
        if (selected.get() == runs.size() - 1) {
            show(runs.size() - 1);
        }
        selected.set(runs.size() - 1);
        compared.setAll(run);
        return run;
    }

    /** The selected run, if any. */
    public Optional<SessionRun> selectedRun() {
        int index = selected.get();
        return index < 0 || index >= runs.size() ? Optional.empty() : Optional.of(runs.get(index));
    }

    private void show(int index) {
        RunTables tables = index < 0 || index >= runs.size() ? RunTables.EMPTY : runs.get(index).tables();
        rows.setAll(tables.rows());
        latencies.setAll(tables.latencies());
        rates.setAll(tables.rates());
        groups.setAll(tables.groups());
        cpus.setAll(tables.cpus());
        disks.setAll(tables.disks());
        showDistributions();
    }

    private void showDistributions() {
        distributions.setAll(RunDistributions.of(latencies, distributionKind.get(), ""));
    }
}
