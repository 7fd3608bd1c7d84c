package io.jfio.app.live;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jfio.app.chart.NamedDistribution;
import io.jfio.engine.output.status.JobProgress;
import io.jfio.engine.output.status.JobState;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.JobStats;
import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.LatencySummary;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the live view shows, fed in batches by {@link SampleDrain}: per job and direction, IOPS and
 * bandwidth over time, and the window's latency percentiles (p50, p90, p99, p99.9, max) over time, for
 * each latency fio records (clat, lat, slat); the run's cumulative latency distribution per job and
 * direction, and summed over the jobs; plus a status line with the elapsed time and each job's state.
 * Series appear when a direction first does I/O.
 * <p>
 * Every series is kept whatever is selected; the selection ({@link #jobSelectionProperty}: each job, all
 * jobs aggregated, or one job; {@link #latencyKindProperty}) only decides which of them the observable
 * lists hold, so switching is instant and loses nothing. Aggregated ({@link AggregateWindows}), IOPS and
 * bandwidth are the jobs' sums per direction at each window end; the latency lines are one set per
 * direction, the percentiles of all the jobs' I/Os of that window merged exactly from the windows'
 * histograms ({@link MergedLatency}; the engine keeps them when {@link SampleDrain} asks), max the largest
 * of the jobs'; the distribution is summed exactly from the jobs' cumulative histograms. Windows without
 * histograms (several jobs) give the aggregate only its max line, never an average of percentiles.
 * No controls; JavaFX thread only (or one test thread).
 */
public final class LiveViewModel {

    /** The job selection that shows every job's own lines. */
    public static final String EACH_JOB = "Each job";
    /** The job selection that sums the jobs per direction. */
    public static final String ALL_JOBS = "All jobs (aggregated)";
    /** The name the aggregated lines start with ("all jobs read"). */
    public static final String AGGREGATE_NAME = "all jobs";
    /** The percentiles drawn on the latency chart, with their legend names; max is the window's maximum. */
    static final Map<String, Double> LATENCY_LINES = latencyLines();
    private static final double[] LATENCY_PERCENTS = LATENCY_LINES.values().stream()
            .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
    /** Points each series keeps before thinning its older half (about a screen's width). */
    public static final int DEFAULT_MAX_POINTS = 1200;
    private static final double NANOS_PER_SECOND = 1e9;

    private final int maxPoints;
    private final ObservableList<LiveSeries> iops = FXCollections.observableArrayList();
    private final ObservableList<LiveSeries> bandwidth = FXCollections.observableArrayList();
    private final ObservableList<LiveSeries> latency = FXCollections.observableArrayList();
    private final ObjectProperty<List<NamedDistribution>> distributions = new SimpleObjectProperty<>(List.of());
    private final ObservableList<String> jobChoices = FXCollections.observableArrayList(EACH_JOB, ALL_JOBS);
    private final StringProperty jobSelection = new SimpleStringProperty(EACH_JOB);
    private final ObservableList<LatencyKind> latencyKinds = FXCollections.observableArrayList(LatencyKind.CLAT);
    private final ObjectProperty<LatencyKind> latencyKind = new SimpleObjectProperty<>(LatencyKind.CLAT);
    private final Map<String, Track> tracks = new LinkedHashMap<>();
    private final Map<String, String> jobLabels = new HashMap<>();
    private final Map<String, JobStats> cumulative = new LinkedHashMap<>();
    private final AggregateWindows aggregate = new AggregateWindows();
    private final DrawnWindows drawn = new DrawnWindows();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final javafx.beans.property.DoubleProperty percentDone = new javafx.beans.property.SimpleDoubleProperty();
    private long windows;
    private final List<java.util.function.Consumer<List<IntervalSample>>> batchObservers = new ArrayList<>();
    private final List<java.util.function.IntConsumer> jobStartObservers = new ArrayList<>();

    public LiveViewModel() {
        this(DEFAULT_MAX_POINTS);
    }

    public LiveViewModel(int maxPoints) {
        this.maxPoints = maxPoints;
        jobSelection.addListener((obs, old, now) -> {
            if (now == null) {
                jobSelection.set(old);
            } else {
                selectionChanged();
            }
        });
        latencyKind.addListener((obs, old, now) -> {
            if (now == null) {
                latencyKind.set(old); // a selector emptied by a new run's choices: keep the choice
            } else {
                selectionChanged();
            }
        });
    }

    /** IOPS series shown: one per job and direction ("seq-read read"), or per direction ("all jobs read"). */
    public ObservableList<LiveSeries> iopsSeries() {
        return iops;
    }

    /** Bandwidth series shown, in KiB/s, named as {@link #iopsSeries}. */
    public ObservableList<LiveSeries> bandwidthSeries() {
        return bandwidth;
    }

    /**
     * Latency series shown, in nanoseconds, of the selected kind: one per job, direction and percentile
     * ("seq-read read p99"), or aggregated one per direction and percentile ("all jobs read p99").
     */
    public ObservableList<LiveSeries> latencySeries() {
        return latency;
    }

    /** The cumulative distributions of the selected latency kind so far, one per job (or aggregate) and direction. */
    public ReadOnlyObjectProperty<List<NamedDistribution>> distributionsProperty() {
        return distributions;
    }

    /** What the job selector offers: {@link #EACH_JOB}, {@link #ALL_JOBS}, then each job seen. */
    public ObservableList<String> jobChoices() {
        return jobChoices;
    }

    /** The selected job view: one of {@link #jobChoices}. */
    public StringProperty jobSelectionProperty() {
        return jobSelection;
    }

    /** The latency kinds the run records so far (clat always; lat and slat once seen). */
    public ObservableList<LatencyKind> latencyKinds() {
        return latencyKinds;
    }

    /** The latency kind the latency charts show. */
    public ObjectProperty<LatencyKind> latencyKindProperty() {
        return latencyKind;
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

    /** Forgets the previous run's series; keeps the selection of latency kind (and of job view unless it named a job). */
    public void runStarted() {
        iops.clear();
        bandwidth.clear();
        latency.clear();
        tracks.clear();
        jobLabels.clear();
        cumulative.clear();
        aggregate.clear();
        distributions.set(List.of());
        if (!EACH_JOB.equals(jobSelection.get()) && !ALL_JOBS.equals(jobSelection.get())) {
            jobSelection.set(EACH_JOB); // the named job belonged to the previous run
        }
        if (jobChoices.size() > 2) {
            jobChoices.remove(2, jobChoices.size());
        }
        latencyKinds.retainAll(LatencyKind.CLAT);
        drawn.clear();
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

    /**
     * Job {@code jobName} number {@code jobIndex} has started: the aggregated lines wait for its windows
     * (see {@link AggregateWindows#jobStarted}). Call before its first window, at most once per job.
     */
    public void jobStarted(String jobName, int jobIndex) {
        aggregate.jobStarted(jobLabel(jobName, jobIndex));
        for (java.util.function.IntConsumer observer : jobStartObservers) {
            observer.accept(jobIndex);
        }
    }

    /**
     * Adds an observer told each job's number as {@link #jobStarted} announces it, before the job's first window
     * reaches the batch observers. JavaFX thread.
     */
    public void addJobStartObserver(java.util.function.IntConsumer observer) {
        jobStartObservers.add(java.util.Objects.requireNonNull(observer, "observer"));
    }

    /** Takes in one batch of windows (any jobs, each job's in order): at most one list change per series. */
    public void accept(List<IntervalSample> batch) {
        for (java.util.function.Consumer<List<IntervalSample>> observer : batchObservers) {
            observer.accept(batch);
        }
        Map<LiveSeries, List<LivePoint>> added = new LinkedHashMap<>();
        for (IntervalSample sample : batch) {
            windows++;
            String job = jobLabel(sample);
            if (drawn.drawsWindow(job, sample)) {
                addWindow(added, job, sample);
            }
            aggregate.windowSeen(job, sample.endNanos(), sample.finalWindow());
        }
        for (AggregateWindow window : aggregate.takeComplete()) {
            addAggregate(added, window);
        }
        updateShown();
        added.forEach(LiveSeries::addAll);
    }

    /**
     * Takes in the jobs' newest cumulative statistics (with histograms) and redraws the distributions. A job
     * not in {@code jobs} keeps its previous snapshot.
     */
    public void acceptCumulative(List<JobStats> jobs) {
        for (JobStats stats : jobs) {
            cumulative.put(jobLabel(stats.jobName(), stats.jobIndex()), stats);
        }
        distributions.set(currentDistributions());
    }

    private void addWindow(Map<LiveSeries, List<LivePoint>> added, String job, IntervalSample sample) {
        double seconds = sample.endNanos() / NANOS_PER_SECOND;
        for (DirectionWindow window : sample.directions()) {
            if (!drawn.drawsDirection(job, sample, window)) {
                continue;
            }
            Track track = track(job, job + " " + directionName(window.direction()));
            add(added, track.iops, seconds, window.iops());
            add(added, track.bandwidth, seconds, window.bandwidthKiBps());
            aggregate.add(sample.startNanos(), sample.endNanos(), window);
            for (LatencyKind kind : LatencyKind.values()) {
                LatencySummary summary = kind.of(window);
                if (!summary.isEmpty()) {
                    addLatencyLines(added, track, kind, seconds, summary::valueAt, summary.maxNanos());
                }
            }
        }
    }

    // One set of lines per direction for all jobs: their sums, and the percentiles of their merged I/Os.
    private void addAggregate(Map<LiveSeries, List<LivePoint>> added, AggregateWindow window) {
        double seconds = window.endNanos() / NANOS_PER_SECOND;
        for (AggregateWindow.Part part : window.directions()) {
            Track track = track(null, AGGREGATE_NAME + " " + directionName(part.direction()));
            add(added, track.iops, seconds, part.iops());
            add(added, track.bandwidth, seconds, part.bandwidthKiBps());
            for (LatencyKind kind : LatencyKind.values()) {
                MergedLatency merged = part.latency(kind, LATENCY_PERCENTS);
                if (!merged.isEmpty()) {
                    addLatencyLines(added, track, kind, seconds, merged::valueAt, merged.maxNanos());
                }
            }
        }
    }

    private void addLatencyLines(Map<LiveSeries, List<LivePoint>> added, Track track, LatencyKind kind,
                                 double seconds, java.util.function.DoubleToLongFunction valueAt, long maxNanos) {
        if (!latencyKinds.contains(kind)) {
            latencyKinds.add(kind);
        }
        List<LiveSeries> lines = track.latency(kind, maxPoints);
        int line = 0;
        for (Double percent : LATENCY_LINES.values()) {
            long nanos = percent == null ? maxNanos : valueAt.applyAsLong(percent);
            if (nanos >= 0) {
                add(added, lines.get(line), seconds, nanos);
            }
            line++;
        }
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
        // Ten times a second on the FX thread: tenths by integer arithmetic, not String.format's Formatter.
        long tenths = (elapsedNanos + 50_000_000L) / 100_000_000L;
        status.set("Running " + tenths / 10 + "." + tenths % 10 + " s" + eta + " · " + states);
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

    private String jobLabel(IntervalSample sample) {
        return jobLabel(sample.jobName(), sample.jobIndex());
    }

    // The first job of a name is shown by its name; further jobs of that name (numjobs) by name#number.
    private String jobLabel(String jobName, int jobIndex) {
        return jobLabels.computeIfAbsent(jobName + "\u0000" + jobIndex, k -> {
            boolean nameTaken = jobChoices.contains(jobName);
            String label = nameTaken ? jobName + "#" + jobIndex : jobName;
            jobChoices.add(label);
            return label;
        });
    }

    private static String directionName(Direction direction) {
        return direction.name().toLowerCase(java.util.Locale.ROOT);
    }

    private Track track(String job, String base) {
        return tracks.computeIfAbsent(base, b -> new Track(job, b, maxPoints));
    }

    private static void add(Map<LiveSeries, List<LivePoint>> added, LiveSeries series, double seconds, double value) {
        added.computeIfAbsent(series, s -> new ArrayList<>()).add(new LivePoint(seconds, value));
    }

    private void selectionChanged() {
        updateShown();
        distributions.set(currentDistributions());
    }

    // Puts the selected tracks' series into the observable lists, appending when only new ones came.
    private void updateShown() {
        String selected = jobSelection.get();
        boolean aggregated = ALL_JOBS.equals(selected);
        List<LiveSeries> wantIops = new ArrayList<>();
        List<LiveSeries> wantBandwidth = new ArrayList<>();
        List<LiveSeries> wantLatency = new ArrayList<>();
        for (Track track : tracks.values()) {
            boolean isAggregate = track.job == null;
            if (aggregated ? isAggregate : !isAggregate && shows(selected, track.job)) {
                wantIops.add(track.iops);
                wantBandwidth.add(track.bandwidth);
                wantLatency.addAll(track.latency.getOrDefault(latencyKind.get(), List.of()));
            }
        }
        show(iops, wantIops);
        show(bandwidth, wantBandwidth);
        show(latency, wantLatency);
    }

    private static boolean shows(String selected, String job) {
        return EACH_JOB.equals(selected) || job.equals(selected);
    }

    private static void show(ObservableList<LiveSeries> shown, List<LiveSeries> wanted) {
        if (shown.equals(wanted)) {
            return;
        }
        if (wanted.size() > shown.size() && wanted.subList(0, shown.size()).equals(shown)) {
            shown.addAll(wanted.subList(shown.size(), wanted.size()));
        } else {
            shown.setAll(wanted);
        }
    }

    private List<NamedDistribution> currentDistributions() {
        String selected = jobSelection.get();
        LatencyKind kind = latencyKind.get();
        List<NamedDistribution> out = new ArrayList<>();
        if (ALL_JOBS.equals(selected)) {
            for (Direction d : Direction.values()) {
                LatencyHistogram sum = null;
                for (JobStats job : cumulative.values()) {
                    LatencySummary summary = latencyOf(job, d, kind);
                    if (summary != null && summary.hasHistogram()) {
                        sum = sum == null ? summary.histogram() : sum.plus(summary.histogram());
                    }
                }
                if (sum != null && sum.total() > 0) {
                    out.add(NamedDistribution.fromHistogram(AGGREGATE_NAME + " " + directionName(d), sum));
                }
            }
            return out;
        }
        for (Map.Entry<String, JobStats> job : cumulative.entrySet()) {
            if (!shows(selected, job.getKey())) {
                continue;
            }
            for (Direction d : Direction.values()) {
                LatencySummary summary = latencyOf(job.getValue(), d, kind);
                if (summary != null && !summary.isEmpty()) {
                    out.add(NamedDistribution.fromSummary(job.getKey() + " " + directionName(d), summary));
                }
            }
        }
        return out;
    }

    private static LatencySummary latencyOf(JobStats job, Direction direction, LatencyKind kind) {
        for (DirectionStats stats : job.directions()) {
            if (stats.direction() == direction) {
                return kind.of(stats);
            }
        }
        return null;
    }

    /** One job's (or the aggregate's) lines of one direction; latency lines made when first seen. */
    private static final class Track {
        final String job;
        final String base;
        final LiveSeries iops;
        final LiveSeries bandwidth;
        final Map<LatencyKind, List<LiveSeries>> latency = new EnumMap<>(LatencyKind.class);

        Track(String job, String base, int maxPoints) {
            this.job = job;
            this.base = base;
            this.iops = new LiveSeries(base, maxPoints);
            this.bandwidth = new LiveSeries(base, maxPoints);
        }

        List<LiveSeries> latency(LatencyKind kind, int maxPoints) {
            return latency.computeIfAbsent(kind, k -> {
                List<LiveSeries> lines = new ArrayList<>();
                // clat keeps the short names ("job read p99"); the others say which latency they are
                String prefix = k == LatencyKind.CLAT ? base + " " : base + " " + k.label() + " ";
                for (String line : LATENCY_LINES.keySet()) {
                    lines.add(new LiveSeries(prefix + line, maxPoints));
                }
                return lines;
            });
        }
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
