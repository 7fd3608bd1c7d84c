package io.jfio.app.live;

import java.util.ArrayList;
import java.util.List;

import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.LatencySummary;

/**
 * The union of several disjoint sets of latency samples, each given as a {@link LatencySummary} (the same
 * window of several jobs): its count, its maximum (the largest of the parts') and its percentiles, exact
 * when every part with samples kept its histogram, because the histograms are summed bucket by bucket
 * before the percentile is read, with the engine's rank rule. Percentiles do not average: the mean of the
 * parts' p99s is not the p99 of their union. A single part keeps its own percentiles, histogram or not.
 * Immutable; any thread.
 */
public final class MergedLatency {

    /** No samples. */
    public static final MergedLatency EMPTY = new MergedLatency(List.of(), null, 0, 0, 0);

    private final List<LatencySummary> parts;
    private final LatencyHistogram histogram;
    private final long count;
    private final long minNanos;
    private final long maxNanos;

    private MergedLatency(List<LatencySummary> parts, LatencyHistogram histogram, long count, long minNanos,
                          long maxNanos) {
        this.parts = parts;
        this.histogram = histogram;
        this.count = count;
        this.minNanos = minNanos;
        this.maxNanos = maxNanos;
    }

    /** The union of {@code parts} (empty ones are skipped). */
    public static MergedLatency of(List<LatencySummary> parts) {
        List<LatencySummary> withSamples = new ArrayList<>(parts.size());
        List<LatencyHistogram> histograms = new ArrayList<>(parts.size());
        long count = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        for (LatencySummary part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            withSamples.add(part);
            count += part.count();
            min = Math.min(min, part.minNanos());
            max = Math.max(max, part.maxNanos());
            if (part.hasHistogram()) {
                histograms.add(part.histogram());
            }
        }
        if (withSamples.isEmpty()) {
            return EMPTY;
        }
        LatencyHistogram sum = withSamples.size() > 1 && histograms.size() == withSamples.size() ? sum(histograms) : null;
        return new MergedLatency(List.copyOf(withSamples), sum, count, min, max);
    }

    // Pairwise, halving the list each round: every bucket is touched about log2(parts) times.
    private static LatencyHistogram sum(List<LatencyHistogram> histograms) {
        List<LatencyHistogram> round = histograms;
        while (round.size() > 1) {
            List<LatencyHistogram> next = new ArrayList<>((round.size() + 1) / 2);
            for (int i = 0; i < round.size(); i += 2) {
                next.add(i + 1 < round.size() ? round.get(i).plus(round.get(i + 1)) : round.get(i));
            }
            round = next;
        }
        return round.get(0);
    }

    /** True if no part had samples. */
    public boolean isEmpty() {
        return count == 0;
    }

    /** Samples in all parts. */
    public long count() {
        return count;
    }

    /** The largest sample of all parts (0 without samples). */
    public long maxNanos() {
        return maxNanos;
    }

    /**
     * The value at {@code percent} of the union: exact from the summed histograms, or the only part's own
     * percentile; -1 when it cannot be known (no samples, several parts of which one has no histogram, or a
     * single part that did not compute that percentile).
     */
    public long valueAt(double percent) {
        if (parts.isEmpty()) {
            return -1;
        }
        if (parts.size() == 1) {
            return parts.get(0).valueAt(percent);
        }
        if (histogram == null) {
            return -1;
        }
        // the engine clamps a window's percentiles to its exact min and max; the union's are the parts' extremes
        return Math.max(minNanos, Math.min(maxNanos, histogram.valueAtPercentile(percent)));
    }

    @Override
    public String toString() {
        return "MergedLatency[parts=" + parts.size() + ", count=" + count + ", max=" + maxNanos
                + (histogram == null && parts.size() > 1 ? ", no percentiles" : "") + "]";
    }
}
