package io.jfio.engine.stats;

import io.jfio.model.log.FioHistogramBins;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.FioHistogramCounts;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Rates;

import java.util.Arrays;

/**
 * What one data direction completed within one window: bytes, I/Os, the last block size, slat/clat/lat
 * samples, and optionally clat counts in fio's histogram bins. All storage is allocated up front, so
 * recording never allocates.
 * <p>
 * Not thread-safe: the record methods belong to the I/O thread (inside the sampler's phaser critical
 * section), {@link #toWindow} and {@link #reset} to the closer holding the sampler's close lock after the
 * phaser flip.
 */
public final class DirectionAccumulator {

    private final Direction direction;
    private final LatencyAccumulator clat = LatencyAccumulator.forWindow();
    private final LatencyAccumulator lat = LatencyAccumulator.forWindow();
    private final LatencyAccumulator slat;
    private final long[] fioBins;
    private long bytes;
    private long ios;
    private long lastBlockSizeBytes;

    /**
     * @param direction         the direction
     * @param submissionLatency whether slat is recorded (asynchronous engines)
     * @param fioHistogram      whether clat is also counted in fio's 1856 bins (histogram logs)
     */
    public DirectionAccumulator(Direction direction, boolean submissionLatency, boolean fioHistogram) {
        this.direction = direction;
        this.slat = submissionLatency ? LatencyAccumulator.forWindow() : null;
        this.fioBins = fioHistogram ? new long[FioHistogramBins.BIN_COUNT] : null;
    }

    /** Records one completed I/O. Allocation-free. */
    public void recordCompletion(long bytesDone, long clatNanos, long latNanos) {
        bytes += bytesDone;
        ios++;
        lastBlockSizeBytes = bytesDone;
        clat.record(clatNanos);
        lat.record(latNanos);
        if (fioBins != null) {
            fioBins[FioHistogramBins.index(clatNanos)]++;
        }
    }

    /** Records one submission's latency (ignored when slat is not recorded). Allocation-free. */
    public void recordSubmission(long slatNanos) {
        if (slat != null) {
            slat.record(slatNanos);
        }
    }

    /** The direction. */
    public Direction direction() {
        return direction;
    }

    /** Bytes so far. */
    public long bytes() {
        return bytes;
    }

    /** I/Os so far. */
    public long ios() {
        return ios;
    }

    LatencyAccumulator clat() {
        return clat;
    }

    LatencyAccumulator lat() {
        return lat;
    }

    LatencyAccumulator slat() {
        return slat;
    }

    /** This window as an immutable record, rates over {@code durationNanos}; no latency histograms. */
    public DirectionWindow toWindow(long durationNanos, PercentileList percentiles) {
        return toWindow(durationNanos, percentiles, false);
    }

    /**
     * This window as an immutable record, rates over {@code durationNanos}; its slat, clat and lat summaries
     * keep their histograms if {@code histograms} (see {@link LatencyAccumulator#summary(PercentileList, boolean)}).
     */
    public DirectionWindow toWindow(long durationNanos, PercentileList percentiles, boolean histograms) {
        return new DirectionWindow(direction, bytes, ios, Rates.perSecond(ios, durationNanos),
                Rates.perSecond(bytes, durationNanos) / 1024.0, lastBlockSizeBytes,
                clat.summary(percentiles, histograms), lat.summary(percentiles, histograms),
                slat == null ? LatencySummary.EMPTY : slat.summary(percentiles, histograms),
                fioBins == null || ios == 0 ? null : FioHistogramCounts.of(fioBins));
    }

    /** Forgets everything, for reuse as a later window. */
    public void reset() {
        bytes = 0;
        ios = 0;
        lastBlockSizeBytes = 0;
        clat.reset();
        lat.reset();
        if (slat != null) {
            slat.reset();
        }
        if (fioBins != null) {
            Arrays.fill(fioBins, 0);
        }
    }
}
