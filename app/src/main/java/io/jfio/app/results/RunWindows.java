package io.jfio.app.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;

import io.jfio.app.live.AggregateWindow;
import io.jfio.app.live.AggregateWindows;
import io.jfio.app.live.DrawnWindows;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;

/**
 * The sample windows of one run, kept for graphs that compare runs, in bounded memory: per job
 * ({@link KeptWindow}, their latency histograms dropped), and for the run as a whole ({@link RunWindow}: the
 * jobs' windows that end at the same time joined, their rates summed and their p99 clat merged exactly from
 * the windows' histograms while they are at hand). Each job, and the run, keeps at most
 * {@code maxWindowsPerJob} windows. Past that its windows merge pairwise and from then on every two arriving
 * windows are merged before they are kept (then four, eight...), so all kept windows span about the same
 * time however long the run. The log files keep every window. Not thread-safe: filled by one thread (the
 * JavaFX thread, from {@code LiveViewModel}'s batches) while the run is on, read once it has ended.
 */
public final class RunWindows {

    /** About two screens' width of points per job. */
    public static final int DEFAULT_MAX_WINDOWS_PER_JOB = 2048;

    private final int maxWindowsPerJob;
    private final Map<Integer, Thinned<KeptWindow>> jobs = new LinkedHashMap<>();
    private final Thinned<RunWindow> run;
    private final AggregateWindows acrossJobs = new AggregateWindows();
    private final DrawnWindows drawn = new DrawnWindows();

    /** Keeps up to {@link #DEFAULT_MAX_WINDOWS_PER_JOB} windows per job. */
    public RunWindows() {
        this(DEFAULT_MAX_WINDOWS_PER_JOB);
    }

    /** @param maxWindowsPerJob windows kept per job (and for the run) before they merge (at least 2) */
    public RunWindows(int maxWindowsPerJob) {
        if (maxWindowsPerJob < 2) {
            throw new IllegalArgumentException("keep at least 2 windows per job, not " + maxWindowsPerJob);
        }
        this.maxWindowsPerJob = maxWindowsPerJob;
        this.run = new Thinned<>(RunWindow::precedes, RunWindow::mergedWith);
    }

    /** No windows (a run that kept none). */
    public static RunWindows none() {
        return new RunWindows(2);
    }

    /**
     * Takes in a batch of windows of any jobs, each job's in order. The run's windows join the jobs' windows
     * of a time once every job started ({@link #jobStarted}) or seen so far, and still running, has reached it,
     * checked after each batch.
     */
    public void accept(List<IntervalSample> batch) {
        for (IntervalSample sample : batch) {
            keep(sample);
        }
        for (AggregateWindow complete : acrossJobs.takeComplete()) {
            run.add(RunWindow.of(complete));
        }
    }

    /**
     * Job {@code jobIndex} has started: the run's windows wait for its first window (see
     * {@link AggregateWindows#jobStarted}). Without it, a job whose first window came a batch after the others'
     * was left out of the run's first window, and its own came as a second point at the same time. Call before
     * its first window, at most once per job.
     */
    public void jobStarted(int jobIndex) {
        acrossJobs.jobStarted(Integer.toString(jobIndex));
    }

    /** Takes in one window: a batch of one. */
    public void add(IntervalSample sample) {
        accept(List.of(sample));
    }

    private void keep(IntervalSample sample) {
        jobs.computeIfAbsent(sample.jobIndex(), index -> new Thinned<>(KeptWindow::precedes, KeptWindow::mergedWith))
                .add(KeptWindow.of(sample));
        String job = Integer.toString(sample.jobIndex());
        if (drawn.drawsWindow(job, sample)) {
            for (DirectionWindow window : sample.directions()) {
                if (drawn.drawsDirection(job, sample, window)) {
                    acrossJobs.add(sample.startNanos(), sample.endNanos(), window);
                }
            }
        }
        acrossJobs.windowSeen(job, sample.endNanos(), sample.finalWindow());
    }

    /** The 1-based numbers of the jobs that have windows, in the order they first sent one. */
    public List<Integer> jobIndexes() {
        return List.copyOf(jobs.keySet());
    }

    /** The kept windows of job {@code jobIndex}, oldest first (empty for an unknown job). */
    public List<KeptWindow> windows(int jobIndex) {
        Thinned<KeptWindow> job = jobs.get(jobIndex);
        return job == null ? List.of() : job.view();
    }

    /** How many windows the job's kept windows each stand for (1 until the first merge, then 2, 4...). */
    public int windowsPerKept(int jobIndex) {
        Thinned<KeptWindow> job = jobs.get(jobIndex);
        return job == null ? 1 : job.factor;
    }

    /**
     * The run's kept windows, oldest first: all its jobs joined at each window end (those the charts draw:
     * a job's final sliver and its directions before their first I/O are left out, as in the live view).
     */
    public List<RunWindow> runWindows() {
        return run.view();
    }

    /** Windows of one job, or of the run: the kept ones, and the newest ones being merged into the next kept one. */
    private final class Thinned<T> {
        private final BiPredicate<T, T> precedes;
        private final BinaryOperator<T> merge;
        private final List<T> kept = new ArrayList<>();
        private T pending;
        private int pendingCount;
        private int factor = 1;

        Thinned(BiPredicate<T, T> precedes, BinaryOperator<T> merge) {
            this.precedes = precedes;
            this.merge = merge;
        }

        void add(T window) {
            if (pending != null && !precedes.test(pending, window)) {
                flushPending(); // a gap (windows dropped by a full channel): do not merge across it
            }
            pending = pending == null ? window : merge.apply(pending, window);
            pendingCount++;
            if (pendingCount == factor) {
                flushPending();
            }
        }

        private void flushPending() {
            kept.add(pending);
            pending = null;
            pendingCount = 0;
            if (kept.size() > maxWindowsPerJob) {
                halve();
            }
        }

        private void halve() {
            // an odd last window goes back to being merged, so that every kept window spans the same time
            T odd = kept.size() % 2 == 1 ? kept.remove(kept.size() - 1) : null;
            List<T> merged = new ArrayList<>(kept.size() / 2);
            for (int i = 0; i < kept.size(); i += 2) {
                T a = kept.get(i);
                T b = kept.get(i + 1);
                if (precedes.test(a, b)) {
                    merged.add(merge.apply(a, b));
                } else {
                    merged.add(a);
                    merged.add(b);
                }
            }
            kept.clear();
            kept.addAll(merged);
            if (odd != null) {
                pending = odd;
                pendingCount = factor;
            }
            factor *= 2;
        }

        List<T> view() {
            List<T> out = new ArrayList<>(kept);
            if (pending != null) {
                out.add(pending);
            }
            return List.copyOf(out);
        }
    }
}
