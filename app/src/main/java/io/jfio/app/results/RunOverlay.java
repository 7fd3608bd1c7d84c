package io.jfio.app.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.jfio.app.chart.NamedDistribution;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;

/**
 * The kept windows of several runs as series for the same graphs (and their final clat distributions for
 * the nines chart): per run, job and direction, IOPS,
 * bandwidth (KiB/s) and p99 completion latency (ns) over the job's time, one point per kept window at its
 * end. A direction gets points from its first window with I/O on, as the live view draws it; a job's last
 * window gets none when it did no I/O or is shorter than a quarter of the one before (the sliver after the
 * last full window, whose rates are noise), as in the live view. A job's name gets its number
 * ("seq#2") when the run has several jobs of that name. Immutable; any thread.
 *
 * @param iops      one series per run, job and direction
 * @param bandwidth one series per run, job and direction, KiB/s
 * @param p99Clat   one series per run, job and direction that had clat percentiles, nanoseconds
 * @param clatDistributions each run's final clat distribution per reported job and direction
 *                  ({@link RunDistributions}), named "Run 2 · seq read"
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

    /** The series of {@code runs}, in the order given. */
    public static RunOverlay of(List<SessionRun> runs) {
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
        long previousNanos = 0;
        for (KeptWindow window : kept) {
            IntervalSample sample = window.sample();
            boolean sliver = sample.finalWindow() && sample.durationNanos() * 4 < previousNanos;
            previousNanos = sample.durationNanos();
            if (sliver) {
                continue; // its rates over a few milliseconds are noise, not a drop (the totals are in the tables)
            }
            double seconds = sample.endNanos() / NANOS_PER_SECOND;
            for (DirectionWindow d : sample.directions()) {
                String direction = d.direction().name().toLowerCase(Locale.ROOT);
                boolean started = iopsPoints.containsKey(direction);
                if (!d.hasIo() && (!started || sample.finalWindow())) {
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
