package io.jfio.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Percentile;

/**
 * One line of a latency distribution chart: a name and its (percentile, latency) points, ascending, as a
 * percentile plot draws them. Made from a histogram (the whole distribution, sampled at a fixed number of
 * points per nine as HdrHistogram's percentile output does), or from a summary's few percentiles.
 * Immutable; any thread.
 *
 * @param name   the legend name ("seq-read read")
 * @param points ascending by percent; the last is 100% (the maximum) when known
 * @param count  the samples behind it (places 100% on the nines axis; 0 when unknown)
 */
public record NamedDistribution(String name, List<Percentile> points, long count) {

    /** Points per nine (per tenfold of 1 / (1 - p)) when sampling a histogram: smooth, yet a few hundred at most. */
    public static final int POINTS_PER_NINE = 40;

    public NamedDistribution {
        Objects.requireNonNull(name, "name");
        points = List.copyOf(points);
        if (count < 0) {
            throw new IllegalArgumentException("negative count " + count);
        }
    }

    /** A distribution of the given points, count unknown. */
    public NamedDistribution(String name, List<Percentile> points) {
        this(name, points, 0);
    }

    /**
     * The whole distribution of {@code histogram}: the latency at {@link #POINTS_PER_NINE} percentiles per
     * nine, from 0% up to where one sample in the total is, then 100% at the maximum. One pass over the
     * buckets; the same rank rule as {@link LatencyHistogram#valueAtPercentile}.
     */
    public static NamedDistribution fromHistogram(String name, LatencyHistogram histogram) {
        long total = histogram.total();
        List<Percentile> points = new ArrayList<>();
        if (total == 0) {
            return new NamedDistribution(name, points, 0);
        }
        double maxNines = Math.log10(Math.max(10, total));
        int steps = (int) Math.ceil(maxNines * POINTS_PER_NINE);
        int bucket = 0;
        long seen = histogram.count(0);
        for (int i = 0; i < steps; i++) {
            double percent = NinesScale.toPercent((double) i / POINTS_PER_NINE);
            long rank = Math.max(1, (long) Math.ceil(percent / 100.0 * total));
            while (seen < rank && bucket < histogram.size() - 1) {
                seen += histogram.count(++bucket);
            }
            points.add(new Percentile(percent, histogram.valueNanos(bucket)));
        }
        points.add(new Percentile(100, histogram.valueNanos(histogram.size() - 1)));
        return new NamedDistribution(name, points, total);
    }

    /**
     * The distribution a summary holds: its histogram when it kept one, otherwise its percentiles and its
     * minimum (0%) and maximum (100%).
     */
    public static NamedDistribution fromSummary(String name, LatencySummary summary) {
        if (summary.hasHistogram()) {
            return fromHistogram(name, summary.histogram());
        }
        List<Percentile> points = new ArrayList<>();
        if (summary.isEmpty()) {
            return new NamedDistribution(name, points, 0);
        }
        points.add(new Percentile(0, summary.minNanos()));
        for (Percentile p : summary.percentiles()) {
            if (p.percent() > 0 && p.percent() < 100) {
                points.add(p);
            }
        }
        points.add(new Percentile(100, summary.maxNanos()));
        return new NamedDistribution(name, points, summary.count());
    }

    /** True if there is nothing to draw. */
    public boolean isEmpty() {
        return points.isEmpty();
    }
}
