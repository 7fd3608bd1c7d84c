package io.jfio.app.results;

import java.util.ArrayList;
import java.util.List;

import io.jfio.model.job.JobSpec;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.RunResult;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The session's runs and the figures of the selected one: one row per job and direction that did I/O.
 * A new run is added at the end and selected. No controls; JavaFX thread only (or one test thread).
 */
public final class ResultsViewModel {

    private final ObservableList<SessionRun> runs = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);

    public ResultsViewModel() {
        selected.addListener((obs, old, index) -> rows.setAll(rowsOf(index.intValue())));
    }

    /** The session's runs, oldest first. */
    public ObservableList<SessionRun> runs() {
        return runs;
    }

    /** The selected run's rows, in job order, read/write/trim within a job. */
    public ObservableList<ResultRow> rows() {
        return rows;
    }

    /** Index of the selected run in {@link #runs()}, or -1. */
    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** Adds a finished (or stopped) run and selects it. */
    public SessionRun add(String jobFileName, RunResult result, List<JobSpec> jobs) {
        SessionRun run = new SessionRun(runs.size() + 1, jobFileName, result, jobs);
        runs.add(run);
        if (selected.get() == runs.size() - 1) {
            rows.setAll(rowsOf(runs.size() - 1));
        }
        selected.set(runs.size() - 1);
        return run;
    }

    /** The selected run, if any. */
    public java.util.Optional<SessionRun> selectedRun() {
        int index = selected.get();
        return index < 0 || index >= runs.size() ? java.util.Optional.empty() : java.util.Optional.of(runs.get(index));
    }

    /** The rows of {@code result}: every job's directions that completed at least one I/O. */
    public static List<ResultRow> rowsOf(RunResult result) {
        List<ResultRow> rows = new ArrayList<>();
        for (JobResult job : result.jobs()) {
            for (DirectionStats stats : job.stats().directions()) {
                if (stats.ios() > 0) {
                    rows.add(ResultRow.of(job, stats));
                }
            }
        }
        return rows;
    }

    private List<ResultRow> rowsOf(int index) {
        return index < 0 || index >= runs.size() ? List.of() : rowsOf(runs.get(index).result());
    }
}
