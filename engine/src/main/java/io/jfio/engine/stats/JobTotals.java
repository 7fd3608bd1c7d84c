package io.jfio.engine.stats;

import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.JobStats;
import io.jfio.model.result.LatencyBuckets;
import io.jfio.model.result.LatencySummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A job's cumulative statistics, built window by window: byte and I/O counts and latency histograms
 * are the sums of the closed windows; the bw and iops summaries take one sample per
 * {@code bwavgtime}/{@code iopsavgtime} window that had I/O in that direction (never per-I/O values).
 * <p>
 * Not thread-safe: every method runs under the owning sampler's close lock.
 */
public final class JobTotals {

    private final Direction[] directions;
    private final long[] bytes = new long[Direction.values().length];
    private final long[] ios = new long[Direction.values().length];
    private final LatencyAccumulator[] clat = new LatencyAccumulator[Direction.values().length];
    private final LatencyAccumulator[] lat = new LatencyAccumulator[Direction.values().length];
    private final LatencyAccumulator[] slat = new LatencyAccumulator[Direction.values().length];
    private final RateAccumulator[] bandwidth = new RateAccumulator[Direction.values().length];
    private final RateAccumulator[] iops = new RateAccumulator[Direction.values().length];
    private final long[] latencyBuckets = new long[LatencyBuckets.BUCKET_COUNT];
    private long runtimeNanos;

    /** Allocates totals for the given directions. */
    public JobTotals(Set<Direction> sampled, boolean submissionLatency) {
        this.directions = sampled.toArray(new Direction[0]);
        for (Direction d : directions) {
            int i = d.ordinal();
            clat[i] = LatencyAccumulator.forTotal();
            lat[i] = LatencyAccumulator.forTotal();
            slat[i] = submissionLatency ? LatencyAccumulator.forTotal() : null;
            bandwidth[i] = new RateAccumulator();
            iops[i] = new RateAccumulator();
        }
    }

    /** Adds a closed window that ended {@code endNanos} after the job's start. */
    public void add(WindowBuffer window, long endNanos) {
        for (Direction d : directions) {
            int i = d.ordinal();
            DirectionAccumulator acc = window.direction(d);
            bytes[i] += acc.bytes();
            ios[i] += acc.ios();
            clat[i].add(acc.clat());
            lat[i].add(acc.lat());
            if (slat[i] != null && acc.slat() != null) {
                slat[i].add(acc.slat());
            }
        }
        long[] buckets = window.latencyBuckets();
        for (int b = 0; b < buckets.length; b++) {
            latencyBuckets[b] += buckets[b];
        }
        runtimeNanos = Math.max(runtimeNanos, endNanos);
    }

    /** Takes one bw sample per direction with I/O from a {@code bwavgtime} window. */
    public void addBandwidthWindow(IntervalSample window) {
        for (DirectionWindow w : window.directions()) {
            if (w.hasIo() && bandwidth[w.direction().ordinal()] != null) {
                bandwidth[w.direction().ordinal()].add(w.bandwidthKiBps());
            }
        }
    }

    /** Takes one iops sample per direction with I/O from an {@code iopsavgtime} window. */
    public void addIopsWindow(IntervalSample window) {
        for (DirectionWindow w : window.directions()) {
            if (w.hasIo() && iops[w.direction().ordinal()] != null) {
                iops[w.direction().ordinal()].add(w.iops());
            }
        }
    }

    /** The statistics so far. */
    public JobStats snapshot(String jobName, int jobIndex, PercentileList percentiles, long windowsClosed,
                             long droppedSamples) {
        List<DirectionStats> out = new ArrayList<>(directions.length);
        for (Direction d : directions) {
            int i = d.ordinal();
            out.add(new DirectionStats(d, bytes[i], ios[i], runtimeNanos, clat[i].summary(percentiles),
                    lat[i].summary(percentiles), slat[i] == null ? LatencySummary.EMPTY : slat[i].summary(percentiles),
                    bandwidth[i].summary(), iops[i].summary()));
        }
        return new JobStats(jobName, jobIndex, out, LatencyBuckets.of(latencyBuckets), windowsClosed, droppedSamples);
    }
}
