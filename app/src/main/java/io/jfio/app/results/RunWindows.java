package io.jfio.app.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jfio.model.result.IntervalSample;

/**
 * The sample windows of one run, per job, kept for graphs that compare runs, in bounded memory: each job
 * keeps at most {@code maxWindowsPerJob} windows. Past that its windows merge pairwise
 * ({@link IntervalSample#merge}) and from then on every two arriving windows are merged before they are
 * kept (then four, eight...), so all kept windows of a job span about the same time however long the run.
 * The log files keep every window. Not thread-safe: filled by one thread (the JavaFX thread, from
 * {@code LiveViewModel}'s batches) while the run is on, read once it has ended.
 */
public final class RunWindows {

    /** About two screens' width of points per job. */
    public static final int DEFAULT_MAX_WINDOWS_PER_JOB = 2048;

    private final int maxWindowsPerJob;
    private final Map<Integer, JobWindows> jobs = new LinkedHashMap<>();

    /** Keeps up to {@link #DEFAULT_MAX_WINDOWS_PER_JOB} windows per job. */
    public RunWindows() {
        this(DEFAULT_MAX_WINDOWS_PER_JOB);
    }

    /** @param maxWindowsPerJob windows kept per job before they merge (at least 2) */
    public RunWindows(int maxWindowsPerJob) {
        if (maxWindowsPerJob < 2) {
            throw new IllegalArgumentException("keep at least 2 windows per job, not " + maxWindowsPerJob);
        }
        this.maxWindowsPerJob = maxWindowsPerJob;
    }

    /** No windows (a run that kept none). */
    public static RunWindows none() {
        return new RunWindows(2);
    }

    /** Takes in a batch of windows of any jobs, each job's in order. */
    public void accept(List<IntervalSample> batch) {
        for (IntervalSample sample : batch) {
            add(sample);
        }
    }

    /** Takes in one window. */
    public void add(IntervalSample sample) {
        jobs.computeIfAbsent(sample.jobIndex(), index -> new JobWindows()).add(KeptWindow.of(sample));
    }

    /** The 1-based numbers of the jobs that have windows, in the order they first sent one. */
    public List<Integer> jobIndexes() {
        return List.copyOf(jobs.keySet());
    }

    /** The kept windows of job {@code jobIndex}, oldest first (empty for an unknown job). */
    public List<KeptWindow> windows(int jobIndex) {
        JobWindows job = jobs.get(jobIndex);
        return job == null ? List.of() : job.view();
    }

    /** How many windows the job's kept windows each stand for (1 until the first merge, then 2, 4...). */
    public int windowsPerKept(int jobIndex) {
        JobWindows job = jobs.get(jobIndex);
        return job == null ? 1 : job.factor;
    }

    /** One job's windows: the kept ones, and the newest ones being merged into the next kept one. */
    private final class JobWindows {
        private final List<KeptWindow> kept = new ArrayList<>();
        private KeptWindow pending;
        private int pendingCount;
        private int factor = 1;

        void add(KeptWindow window) {
            if (pending != null && !pending.precedes(window)) {
                flushPending(); // a gap (windows dropped by a full channel): do not merge across it
            }
            pending = pending == null ? window : pending.mergedWith(window);
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
            KeptWindow odd = kept.size() % 2 == 1 ? kept.remove(kept.size() - 1) : null;
            List<KeptWindow> merged = new ArrayList<>(kept.size() / 2);
            for (int i = 0; i < kept.size(); i += 2) {
                KeptWindow a = kept.get(i);
                KeptWindow b = kept.get(i + 1);
                if (a.precedes(b)) {
                    merged.add(a.mergedWith(b));
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

        List<KeptWindow> view() {
            List<KeptWindow> out = new ArrayList<>(kept);
            if (pending != null) {
                out.add(pending);
            }
            return List.copyOf(out);
        }
    }
}
