package io.jfio.app.logs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.jfio.app.results.OverlaySeries;
import io.jfio.app.results.TimePoint;
import io.jfio.app.task.TaskExecutor;
import io.jfio.model.result.Direction;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The logs opened with File → Open Logs: each file read off the JavaFX thread by {@link LogLoader}; the
 * ones that read become lines on the latency, bandwidth or IOPS graph (one per file and direction, named
 * "a_clat.1.log read"), the others one error line each. No controls; JavaFX thread only (or one test
 * thread with a same-thread executor).
 */
public final class LogViewerModel {

    private final TaskExecutor executor;
    private final ObservableList<LoadedLog> logs = FXCollections.observableArrayList();
    private final ObservableList<String> errors = FXCollections.observableArrayList();

    public LogViewerModel(TaskExecutor executor) {
        this.executor = executor;
    }

    /** The logs read, in the order opened. */
    public ObservableList<LoadedLog> logs() {
        return logs;
    }

    /** One line per file that could not be plotted. */
    public ObservableList<String> errors() {
        return errors;
    }

    /** Reads {@code files} and adds them (a file already open is read again and replaces its old lines). */
    public void open(List<Path> files) {
        for (Path file : files) {
            executor.execute(() -> {
                try {
                    return LogLoader.load(file);
                } catch (LogLoader.LogLoadException e) {
                    return e.getMessage();
                }
            }, loaded -> {
                if (loaded instanceof LoadedLog log) {
                    logs.removeIf(old -> old.file().equals(log.file()));
                    logs.add(log);
                } else {
                    errors.add((String) loaded);
                }
            }, failure -> errors.add(file + ": " + failure.getMessage()));
        }
    }

    /** lat, clat and slat lines, nanoseconds. */
    public List<OverlaySeries> latencySeries() {
        return series(true, null);
    }

    /** bw lines, KiB/s. */
    public List<OverlaySeries> bandwidthSeries() {
        return series(false, io.jfio.engine.output.log.FioLogType.BW);
    }

    /** iops lines. */
    public List<OverlaySeries> iopsSeries() {
        return series(false, io.jfio.engine.output.log.FioLogType.IOPS);
    }

    private List<OverlaySeries> series(boolean latency, io.jfio.engine.output.log.FioLogType type) {
        List<OverlaySeries> out = new ArrayList<>();
        for (LoadedLog log : logs) {
            if (latency ? !log.type().isLatency() : log.type() != type) {
                continue;
            }
            for (Map.Entry<Direction, List<TimePoint>> e : log.byDirection().entrySet()) {
                out.add(new OverlaySeries(log.name() + " " + e.getKey().name().toLowerCase(Locale.ROOT), log.name(),
                        e.getValue()));
            }
        }
        return out;
    }
}
