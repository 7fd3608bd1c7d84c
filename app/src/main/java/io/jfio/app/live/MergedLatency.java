package io.jfio.app.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.LatencySummary;

/**
 * The union of several disjoint sets of latency samples, each given as a {@link LatencySummary} (the same
 * window of several jobs): its count, its maximum (the largest of the parts') and the percentiles asked for,
 * exact when every part with samples kept its histogram: the histograms are walked together in value order
 * (a k-way merge that allocates nothing per bucket) until each percentile's rank is reached, with the
 * engine's rank rule (the smallest bucket value with at least ceil(p% of the count) samples at or below it),
 * so the result is what the engine would report for one job that did all those I/Os. Percentiles do not
 * average: the mean of the parts' p99s is not the p99 of their union. A single part keeps its own
 * percentiles, histogram or not. Immutable; any thread.
 */
public final class MergedLatency {

    /** No samples. */
    public static final MergedLatency EMPTY = new MergedLatency(null, new double[0], new long[0], 0, 0, 0);

    private final LatencySummary onlyPart;
    private final double[] percents;
    private final long[] valuesNanos;
    private final long count;
    private final long maxNanos;
    private final int parts;

    private MergedLatency(LatencySummary onlyPart, double[] percents, long[] valuesNanos, long count, long maxNanos,
                          int parts) {
        this.onlyPart = onlyPart;
        this.percents = percents;
        this.valuesNanos = valuesNanos;
        this.count = count;
        this.maxNanos = maxNanos;
        this.parts = parts;
    }

    /**
     * The union of {@code parts} (empty ones are skipped), with its value at each of {@code percents}.
     *
     * @param percents the percentiles {@link #valueAt} will be asked for, each 0 to 100
     */
    public static MergedLatency of(List<LatencySummary> parts, double... percents) {
        List<LatencyHistogram> histograms = new ArrayList<>(parts.size());
        LatencySummary first = null;
        int withSamples = 0;
        long count = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        for (LatencySummary part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            first = first == null ? part : first;
            withSamples++;
            count += part.count();
            min = Math.min(min, part.minNanos());
            max = Math.max(max, part.maxNanos());
            if (part.hasHistogram() && part.histogram().size() > 0) {
                histograms.add(part.histogram());
            }
        }
        if (withSamples == 0) {
            return EMPTY;
        }
        double[] asked = percents.clone();
        long[] values = new long[asked.length];
        Arrays.fill(values, -1);
        if (withSamples > 1 && histograms.size() == withSamples) {
            valuesAt(histograms, asked, values);
            for (int i = 0; i < values.length; i++) {
                // the engine clamps a window's percentiles to its exact extremes; the union's are the parts'
                values[i] = Math.max(min, Math.min(max, values[i]));
            }
        }
        return new MergedLatency(withSamples == 1 ? first : null, asked, values, count, max, withSamples);
    }

    // Walks the histograms in ascending value order (a binary heap of cursors) and notes the value at which
    // the running count first reaches each percentile's rank.
    private static void valuesAt(List<LatencyHistogram> histograms, double[] percents, long[] out) {
        long total = 0;
        for (LatencyHistogram h : histograms) {
            total += h.total();
        }
        Integer[] byRank = new Integer[percents.length];
        long[] ranks = new long[percents.length];
        for (int i = 0; i < percents.length; i++) {
            byRank[i] = i;
            double p = Math.min(100, Math.max(0, percents[i]));
            ranks[i] = Math.max(1, (long) Math.ceil(p / 100.0 * total));
        }
        Arrays.sort(byRank, (a, b) -> Long.compare(ranks[a], ranks[b]));
        int k = histograms.size();
        int[] cursor = new int[k];
        long[] head = new long[k]; // each histogram's value at its cursor
        int[] heap = new int[k];
        for (int i = 0; i < k; i++) {
            heap[i] = i;
            head[i] = histograms.get(i).valueNanos(0);
        }
        for (int i = k / 2 - 1; i >= 0; i--) {
            siftDown(heap, k, i, head);
        }
        int size = k;
        int next = 0;
        long seen = 0;
        while (size > 0 && next < byRank.length) {
            int h = heap[0];
            LatencyHistogram top = histograms.get(h);
            seen += top.count(cursor[h]);
            while (next < byRank.length && seen >= ranks[byRank[next]]) {
                out[byRank[next++]] = head[h];
            }
            if (++cursor[h] == top.size()) {
                heap[0] = heap[--size];
            } else {
                head[h] = top.valueNanos(cursor[h]);
            }
            siftDown(heap, size, 0, head);
        }
    }

    private static void siftDown(int[] heap, int size, int at, long[] head) {
        int i = at;
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && head[heap[left]] < head[heap[smallest]]) {
                smallest = left;
            }
            if (right < size && head[heap[right]] < head[heap[smallest]]) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[smallest];
            heap[smallest] = t;
            i = smallest;
        }
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
     * The value at {@code percent} of the union: exact from the parts' histograms, or the only part's own
     * percentile; -1 when it cannot be known (no samples; several parts of which one has no histogram; a
     * percent not asked for in {@link #of}; a single part that did not compute it).
     */
    public long valueAt(double percent) {
        if (onlyPart != null) {
            return onlyPart.valueAt(percent);
        }
        for (int i = 0; i < percents.length; i++) {
            if (Double.compare(percents[i], percent) == 0) {
                return valuesNanos[i];
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "MergedLatency[parts=" + parts + ", count=" + count + ", max=" + maxNanos + ", percents="
                + Arrays.toString(percents) + ", values=" + Arrays.toString(valuesNanos) + "]";
    }
}
