package io.jfio.engine.output;

import io.jfio.model.result.CpuUsage;
import io.jfio.model.result.DepthHistogram;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.IssuedCounts;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.JobStats;
import io.jfio.model.result.LatencyBuckets;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.RateSummary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges the jobs of a reporting group into one result, as fio's group_reporting does: counts, bytes,
 * latency samples and distributions add up; a direction's runtime and the elapsed time are the longest;
 * the job runtime is the sum; bandwidth and IOPS summaries add their min, max, mean and sample counts (the
 * group's figure per window); CPU percentages are averaged weighted by runtime, context switches and faults
 * add up; the name, number, group and options are the first job's, the error the first one seen.
 * Percentiles survive the merge where the jobs kept their latency histograms. Stateless; any thread.
 */
public final class JobMerger {

    private JobMerger() {
    }

    /** The merged result of {@code jobs} (the job itself when there is one). */
    public static JobResult merge(List<JobResult> jobs) {
        if (jobs.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        JobResult merged = jobs.get(0);
        for (int i = 1; i < jobs.size(); i++) {
            merged = merge(merged, jobs.get(i));
        }
        return merged;
    }

    private static JobResult merge(JobResult a, JobResult b) {
        Set<String> files = new LinkedHashSet<>(a.files());
        files.addAll(b.files());
        return new JobResult(mergeStats(a.stats(), b.stats()), a.jobName(), a.jobNumber(), a.groupId(),
                a.error() != 0 ? a.error() : b.error(),
                a.errorMessage().isEmpty() ? b.errorMessage() : a.errorMessage(),
                Math.max(a.elapsedMillis(), b.elapsedMillis()), a.runtimeMillis() + b.runtimeMillis(),
                mergeCpu(a.cpu(), a.runtimeMillis(), b.cpu(), b.runtimeMillis()),
                plus(a.ioDepths(), b.ioDepths()), plus(a.submitBatches(), b.submitBatches()),
                plus(a.completeBatches(), b.completeBatches()), plus(a.issued(), b.issued()),
                LatencySummary.merge(a.syncLatency(), b.syncLatency()), a.options(), List.copyOf(files));
    }

    private static JobStats mergeStats(JobStats a, JobStats b) {
        List<DirectionStats> directions = new ArrayList<>();
        for (Direction d : Direction.values()) {
            DirectionStats x = a.direction(d);
            DirectionStats y = b.direction(d);
            if (x == null || y == null) {
                if (x != null || y != null) {
                    directions.add(x != null ? x : y);
                }
                continue;
            }
            directions.add(new DirectionStats(d, x.bytes() + y.bytes(), x.ios() + y.ios(),
                    Math.max(x.runtimeNanos(), y.runtimeNanos()), LatencySummary.merge(x.clat(), y.clat()),
                    LatencySummary.merge(x.lat(), y.lat()), LatencySummary.merge(x.slat(), y.slat()),
                    sum(x.bandwidthKiBps(), y.bandwidthKiBps()), sum(x.iops(), y.iops())));
        }
        LatencyBuckets buckets = a.latencyBuckets().plus(b.latencyBuckets());
        return new JobStats(a.jobName(), a.jobIndex(), directions, buckets, a.windowsClosed() + b.windowsClosed(),
                a.droppedSamples() + b.droppedSamples());
    }

    /** Summaries of two jobs' rates added as fio adds them for a group: min, max, mean and samples sum up. */
    static RateSummary sum(RateSummary a, RateSummary b) {
        if (a.samples() == 0) {
            return b;
        }
        if (b.samples() == 0) {
            return a;
        }
        long samples = a.samples() + b.samples();
        double squaredDeviations = squaredDeviations(a) + squaredDeviations(b);
        double stdev = samples > 1 ? Math.sqrt(squaredDeviations / (samples - 1)) : 0;
        return new RateSummary(samples, a.min() + b.min(), a.max() + b.max(), a.mean() + b.mean(), stdev);
    }

    private static double squaredDeviations(RateSummary s) {
        return s.samples() > 1 ? s.stdev() * s.stdev() * (s.samples() - 1) : 0;
    }

    private static CpuUsage mergeCpu(CpuUsage a, long runtimeA, CpuUsage b, long runtimeB) {
        long runtime = runtimeA + runtimeB;
        double user = runtime > 0 ? (a.userPercent() * runtimeA + b.userPercent() * runtimeB) / runtime
                : (a.userPercent() + b.userPercent()) / 2;
        double system = runtime > 0 ? (a.systemPercent() * runtimeA + b.systemPercent() * runtimeB) / runtime
                : (a.systemPercent() + b.systemPercent()) / 2;
        return new CpuUsage(user, system, a.contextSwitches() + b.contextSwitches(),
                a.majorFaults() + b.majorFaults(), a.minorFaults() + b.minorFaults());
    }

    private static DepthHistogram plus(DepthHistogram a, DepthHistogram b) {
        long[] counts = a.counts();
        long[] other = b.counts();
        for (int i = 0; i < counts.length && i < other.length; i++) {
            counts[i] += other[i];
        }
        return new DepthHistogram(a.edges(), counts);
    }

    private static IssuedCounts plus(IssuedCounts a, IssuedCounts b) {
        return new IssuedCounts(add(a.total(), b.total()), add(a.shortIos(), b.shortIos()),
                add(a.dropped(), b.dropped()));
    }

    private static long[] add(long[] a, long[] b) {
        long[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += b[i];
        }
        return out;
    }
}
