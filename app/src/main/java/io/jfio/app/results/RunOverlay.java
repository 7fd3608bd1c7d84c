package io.jfio.app.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.jfio.app.chart.NamedDistribution;
import io.jfio.app.live.DrawnWindows;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.LatencySummary;

/**
 * The kept windows of several runs as series for the same graphs (and their final clat distributions for
 * the nines chart): IOPS, bandwidth (KiB/s) and p99 completion latency (ns) over the jobs' time, one point
 * per kept window at its end, grouped {@link CompareGrouping#PER_JOB per job} (per run, job and direction,
 * "Run 2 · seq read") or {@link CompareGrouping#PER_RUN per run} (per run and direction, "Run 2 · read": the
 * run's jobs' rates summed at each window end and the p99 of all their I/Os of the window, see
 * {@link RunWindow}; its distribution the jobs' final histograms summed).
 * A direction gets points from its first window with I/O on, as the live view draws it; a job's last
 * window gets none when it did no I/O or is shorter than a quarter of the one before (the sliver after the
 * last full window, whose rates are noise), as in the live view ({@link DrawnWindows}). A job's name gets its
 * number ("seq#2") when the run has several jobs of that name. Immutable; any thread.
 *
 * @param iops      one series per run, (job) and direction
 * @param bandwidth one series per run, (job) and direction, KiB/s
 * @param p99Clat   one series per run, (job) and direction that had clat percentiles, nanoseconds
 * @param clatDistributions each run's final clat distribution per reported job (or per run) and direction,
 *                  named "Run 2 · seq read" ("Run 2 · read")
 */
public record RunOverlay(List<OverlaySeries> iops, List<OverlaySeries> bandwidth, List<OverlaySeries> p99Clat,
                         List<NamedDistribution> clatDistributions) {

    private static final double NANOS_PER_SECOND = 1e9;

    public RunOverlay {
        iops = List.copyOf(iops);
        bandwidth = List.copyOf(bandwidth);
        p99Clat = List.copyOf(p99Clat);
        clatDistributions = List.copyOf(clatDistributions);
    }

    /** The series of {@code runs}, in the order given, per job. */
    public static RunOverlay of(List<SessionRun> runs) {
        return of(runs, CompareGrouping.PER_JOB);
    }

    /** The series of {@code runs}, in the order given, grouped as {@code grouping} says. */
    public static RunOverlay of(List<SessionRun> runs, CompareGrouping grouping) {
        return grouping == CompareGrouping.PER_RUN ? perRun(runs) : perJob(runs);
    }

    /** The grouping to start with: per run when a run has more than one job, else per job. */
    public static CompareGrouping defaultGrouping(List<SessionRun> runs) {
        for (SessionRun run : runs) {
            if (run.windows().jobIndexes().size() > 1 || run.result().jobs().size() > 1) {
                return CompareGrouping.PER_RUN;
            }
        }
        return CompareGrouping.PER_JOB;
    }

    private static RunOverlay perRun(List<SessionRun> runs) {
        List<OverlaySeries> iops = new ArrayList<>();
        List<OverlaySeries> bandwidth = new ArrayList<>();
        List<OverlaySeries> p99 = new ArrayList<>();
        List<NamedDistribution> distributions = new ArrayList<>();
        for (SessionRun run : runs) {
            String prefix = run.shortLabel() + " · ";
            distributions.addAll(runDistributions(run, prefix));
            List<RunWindow> windows = run.windows().runWindows();
            for (Direction d : Direction.values()) {
                List<TimePoint> iopsPoints = new ArrayList<>();
                List<TimePoint> bwPoints = new ArrayList<>();
                List<TimePoint> p99Points = new ArrayList<>();
                for (RunWindow w : windows) {
                    if (!w.has(d)) {
                        continue;
                    }
                    double seconds = w.endNanos() / NANOS_PER_SECOND;
                    iopsPoints.add(new TimePoint(seconds, w.iops(d)));
                    bwPoints.add(new TimePoint(seconds, w.bandwidthKiBps(d)));
                    if (w.p99ClatNanos(d) >= 0) {
                        p99Points.add(new TimePoint(seconds, w.p99ClatNanos(d)));
                    }
                }
                String name = prefix + d.name().toLowerCase(Locale.ROOT);
                if (!iopsPoints.isEmpty()) {
                    iops.add(new OverlaySeries(name, run.shortLabel(), iopsPoints));
                    bandwidth.add(new OverlaySeries(name, run.shortLabel(), bwPoints));
                }
                if (!p99Points.isEmpty()) {
                    p99.add(new OverlaySeries(name + " p99", run.shortLabel(), p99Points));
                }
            }
        }
        return new RunOverlay(iops, bandwidth, p99, distributions);
    }

    // Per direction the jobs' final clat histograms summed; the per-job distributions if a histogram is missing.
    private static List<NamedDistribution> runDistributions(SessionRun run, String prefix) {
        List<NamedDistribution> out = new ArrayList<>();
        for (Direction d : Direction.values()) {
            List<LatencySummary> parts = new ArrayList<>();
            for (JobResult job : run.result().jobs()) {
                DirectionStats stats = job.stats().direction(d);
                if (stats != null && !stats.clat().isEmpty()) {
                    parts.add(stats.clat());
                }
            }
            String name = prefix + d.name().toLowerCase(Locale.ROOT);
            if (parts.size() == 1) {
                out.add(NamedDistribution.fromSummary(name, parts.get(0)));
            } else if (!parts.isEmpty() && parts.stream().allMatch(LatencySummary::hasHistogram)) {
                LatencyHistogram sum = parts.get(0).histogram();
                for (int i = 1; i < parts.size(); i++) {
                    sum = sum.plus(parts.get(i).histogram());
                }
                out.add(NamedDistribution.fromHistogram(name, sum));
            } else if (!parts.isEmpty()) {
                return RunDistributions.of(run.tables().latencies(), "clat", prefix);
            }
        }
        return out;
    }

    private static RunOverlay perJob(List<SessionRun> runs) {
        List<OverlaySeries> iops = new ArrayList<>();
        List<OverlaySeries> bandwidth = new ArrayList<>();
        List<OverlaySeries> p99 = new ArrayList<>();
        List<NamedDistribution> distributions = new ArrayList<>();
        for (SessionRun run : runs) {
            distributions.addAll(RunDistributions.of(run.tables().latencies(), "clat", run.shortLabel() + " · "));
            RunWindows windows = run.windows();
            Map<String, Integer> nameCounts = new HashMap<>();
            for (int job : windows.jobIndexes()) {
                List<KeptWindow> kept = windows.windows(job);
                if (!kept.isEmpty()) {
                    nameCounts.merge(kept.get(0).sample().jobName(), 1, Integer::sum);
                }
            }
            for (int job : windows.jobIndexes()) {
                addJob(run.shortLabel(), windows.windows(job), nameCounts, iops, bandwidth, p99);
            }
        }
        return new RunOverlay(iops, bandwidth, p99, distributions);
    }

    private static void addJob(String runLabel, List<KeptWindow> kept, Map<String, Integer> nameCounts,
                               List<OverlaySeries> iops, List<OverlaySeries> bandwidth, List<OverlaySeries> p99) {
        if (kept.isEmpty()) {
            return;
        }
        IntervalSample first = kept.get(0).sample();
        String job = nameCounts.getOrDefault(first.jobName(), 1) > 1 ? first.jobName() + "#" + first.jobIndex()
                : first.jobName();
        Map<String, List<TimePoint>> iopsPoints = new java.util.LinkedHashMap<>();
        Map<String, List<TimePoint>> bwPoints = new java.util.LinkedHashMap<>();
        Map<String, List<TimePoint>> p99Points = new java.util.LinkedHashMap<>();
        DrawnWindows drawn = new DrawnWindows();
        for (KeptWindow window : kept) {
            IntervalSample sample = window.sample();
            if (!drawn.drawsWindow(job, sample)) {
                continue;
            }
            double seconds = sample.endNanos() / NANOS_PER_SECOND;
            for (DirectionWindow d : sample.directions()) {
                String direction = d.direction().name().toLowerCase(Locale.ROOT);
                if (!drawn.drawsDirection(job, sample, d)) {
                    continue;
                }
                iopsPoints.computeIfAbsent(direction, k -> new ArrayList<>()).add(new TimePoint(seconds, d.iops()));
                bwPoints.computeIfAbsent(direction, k -> new ArrayList<>()).add(new TimePoint(seconds, d.bandwidthKiBps()));
                long p99Nanos = window.p99ClatNanos(d.direction());
                if (d.hasIo() && p99Nanos >= 0) {
                    p99Points.computeIfAbsent(direction, k -> new ArrayList<>()).add(new TimePoint(seconds, p99Nanos));
                }
            }
        }
        String prefix = runLabel + " · " + job + " ";
        iopsPoints.forEach((dir, points) -> iops.add(new OverlaySeries(prefix + dir, runLabel, points)));
        bwPoints.forEach((dir, points) -> bandwidth.add(new OverlaySeries(prefix + dir, runLabel, points)));
        p99Points.forEach((dir, points) -> p99.add(new OverlaySeries(prefix + dir + " p99", runLabel, points)));
    }
}
