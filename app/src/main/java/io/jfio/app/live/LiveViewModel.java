package io.jfio.app.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jfio.engine.output.status.JobProgress;
import io.jfio.engine.output.status.JobState;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.LatencySummary;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the live view shows, fed in batches by {@link SampleDrain}: per job and direction, IOPS and
 * bandwidth over time, and the window's clat percentiles (p50, p90, p99, p99.9, max) over time; plus a
 * status line with the elapsed time and each job's state. Series appear when a direction first does I/O.
 * No controls; JavaFX thread only (or one test thread).
 */
public final class LiveViewModel {

    /** The percentiles drawn on the latency chart, with their legend names; max is the window's maximum. */
    static final Map<String, Double> LATENCY_LINES = latencyLines();
    /** Points each series keeps before thinning its older half (about a screen's width). */
    public static final int DEFAULT_MAX_POINTS = 1200;
    private static final double NANOS_PER_SECOND = 1e9;

    private final int maxPoints;
    private final ObservableList<LiveSeries> iops = FXCollections.observableArrayList();
    private final ObservableList<LiveSeries> bandwidth = FXCollections.observableArrayList();
    private final ObservableList<LiveSeries> latency = FXCollections.observableArrayList();
    private final Map<String, LiveSeries> byKey = new LinkedHashMap<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final javafx.beans.property.DoubleProperty percentDone = new javafx.beans.property.SimpleDoubleProperty();
    private final Map<String, Long> windowNanos = new java.util.HashMap<>();
    private long windows;
    private final List<java.util.function.Consumer<List<IntervalSample>>> batchObservers = new ArrayList<>();

    public LiveViewModel() {
        this(DEFAULT_MAX_POINTS);
    }

    public LiveViewModel(int maxPoints) {
        this.maxPoints = maxPoints;
    }

    /** IOPS series, one per job and direction ("seq-read read"). */
    public ObservableList<LiveSeries> iopsSeries() {
        return iops;
    }

    /** Bandwidth series in KiB/s, one per job and direction. */
    public ObservableList<LiveSeries> bandwidthSeries() {
        return bandwidth;
    }

    /** Latency series in nanoseconds, one per job, direction and percentile ("seq-read read p99"). */
    public ObservableList<LiveSeries> latencySeries() {
        return latency;
    }

    /** Elapsed time and per-job state while a run is on; how it ended afterwards. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** True from {@link #runStarted} to {@link #runEnded}. */
    public BooleanProperty runningProperty() {
        return running;
    }

    /** The run's progress, 0 to 100: the mean of its jobs' (an ended job counts 100). */
    public javafx.beans.property.ReadOnlyDoubleProperty percentDoneProperty() {
        return percentDone;
    }

    /** Sample windows taken in since the run started. */
    public long windowCount() {
        return windows;
    }

    /** Forgets the previous run's series. */
    public void runStarted() {
        iops.clear();
        bandwidth.clear();
        latency.clear();
        byKey.clear();
        windowNanos.clear();
        windows = 0;
        percentDone.set(0);
        running.set(true);
        status.set("Starting...");
    }

    /** The run is over; {@code summary} says how ("Done in 3.0 s", "Stopped", "Failed: ..."). */
    public void runEnded(String summary) {
        running.set(false);
        percentDone.set(100);
        status.set(summary);
    }

    /**
     * Adds an observer that sees every batch {@link #accept} takes in, unfiltered and before the series
     * change (e.g. to keep a run's windows for the results). JavaFX thread.
     */
    public void addBatchObserver(java.util.function.Consumer<List<IntervalSample>> observer) {
        batchObservers.add(java.util.Objects.requireNonNull(observer, "observer"));
    }

    /** Takes in one batch of windows (any jobs, each job's in order): one list change per series. */
    public void accept(List<IntervalSample> batch) {
        for (java.util.function.Consumer<List<IntervalSample>> observer : batchObservers) {
            observer.accept(batch);
        }
        Map<LiveSeries, List<LivePoint>> added = new LinkedHashMap<>();
        for (IntervalSample sample : batch) {
            windows++;
            if (isSliver(sample)) {
                continue;
            }
            double seconds = sample.endNanos() / NANOS_PER_SECOND;
            for (DirectionWindow window : sample.directions()) {
                // A job's last window is often a sliver after its last I/O: a drop to zero that did not happen.
                if (!window.hasIo() && (sample.finalWindow() || !byKey.containsKey(key("iops", sample, window)))) {
                    continue;
                }
                String base = sample.jobName() + " " + window.direction().name().toLowerCase(java.util.Locale.ROOT);
                add(added, series(iops, "iops", base), seconds, window.iops());
                add(added, series(bandwidth, "bw", base), seconds, window.bandwidthKiBps());
                LatencySummary clat = window.clat();
                if (clat.isEmpty()) {
                    continue;
                }
                for (Map.Entry<String, Double> line : LATENCY_LINES.entrySet()) {
                    long nanos = line.getValue() == null ? clat.maxNanos() : clat.valueAt(line.getValue());
                    if (nanos >= 0) {
                        add(added, series(latency, "lat", base + " " + line.getKey()), seconds, nanos);
                    }
                }
            }
        }
        added.forEach(LiveSeries::addAll);
    }

    /** Shows the jobs' progress: elapsed time of the longest-running job and each job's state. */
    public void updateProgress(List<JobProgress> jobs) {
        if (!running.get() || jobs.isEmpty()) {
            return;
        }
        long elapsedNanos = 0;
        long etaSeconds = 0;
        double percentSum = 0;
        StringBuilder states = new StringBuilder();
        for (JobProgress job : jobs) {
            elapsedNanos = Math.max(elapsedNanos, job.elapsedNanos());
            percentSum += job.state().ended() ? 100 : job.percentDone();
            if (!job.state().ended()) {
                long jobEtaSeconds = job.nanosLeft() == JobProgress.UNKNOWN ? -1 : job.nanosLeft() / 1_000_000_000L;
                etaSeconds = jobEtaSeconds < 0 || etaSeconds < 0 ? -1 : Math.max(etaSeconds, jobEtaSeconds);
            }
            states.append(states.length() == 0 ? "" : ", ").append(job.jobName()).append(": ").append(stateName(job.state()));
        }
        percentDone.set(percentSum / jobs.size());
        String eta = etaSeconds < 0 ? "" : ", " + etaSeconds + " s left";
        status.set(String.format(java.util.Locale.ROOT, "Running %.1f s%s · %s", elapsedNanos / NANOS_PER_SECOND, eta,
                states));
    }

    /** A job state as the status bar shows it. */
    public static String stateName(JobState state) {
        return switch (state) {
            case NOT_STARTED -> "waiting";
            case INITIALIZED -> "setting up";
            case PRE_READING -> "pre-reading";
            case RAMP -> "ramp";
            case RUNNING -> "running";
            case FSYNCING -> "fsync";
            case FINISHING -> "finishing";
            case DONE -> "done";
            case FAILED -> "error";
            case KILLED -> "stopped";
        };
    }

    /**
     * A job's last window shorter than a quarter of its windows: its rates over a few milliseconds are noise
     * that would draw a spike at the end of every run (the job's totals are in the results).
     */
    private boolean isSliver(IntervalSample sample) {
        Long usual = windowNanos.put(sample.jobName(), sample.durationNanos());
        return sample.finalWindow() && usual != null && sample.durationNanos() * 4 < usual;
    }

    private static String key(String chart, IntervalSample sample, DirectionWindow window) {
        return chart + "|" + sample.jobName() + " " + window.direction().name().toLowerCase(java.util.Locale.ROOT);
    }

    private LiveSeries series(ObservableList<LiveSeries> chart, String chartKey, String name) {
        return byKey.computeIfAbsent(chartKey + "|" + name, k -> {
            LiveSeries created = new LiveSeries(name, maxPoints);
            chart.add(created);
            return created;
        });
    }

    private static void add(Map<LiveSeries, List<LivePoint>> added, LiveSeries series, double seconds, double value) {
        added.computeIfAbsent(series, s -> new ArrayList<>()).add(new LivePoint(seconds, value));
    }

    private static Map<String, Double> latencyLines() {
        Map<String, Double> lines = new LinkedHashMap<>();
        lines.put("p50", 50.0);
        lines.put("p90", 90.0);
        lines.put("p99", 99.0);
        lines.put("p99.9", 99.9);
        lines.put("max", null);
        return java.util.Collections.unmodifiableMap(lines);
    }
}
