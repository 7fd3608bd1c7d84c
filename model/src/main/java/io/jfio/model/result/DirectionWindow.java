package io.jfio.model.result;

import java.util.Objects;

/**
 * What one data direction did within one sample window. Immutable; any thread.
 *
 * @param direction          the data direction
 * @param bytes              bytes completed in the window
 * @param ios                I/Os completed in the window
 * @param iops               {@code ios} over the window's real length
 * @param bandwidthKiBps     {@code bytes} over the window's real length, in KiB/s (1024 bytes)
 * @param lastBlockSizeBytes block size of the last I/O completed in the window (0 without I/O)
 * @param clat               completion latency (issue to completion)
 * @param lat                total latency (start to completion)
 * @param slat               submission latency; empty for synchronous engines
 * @param fioHistogram       per-bin clat counts in fio's 1856-bin encoding (see
 *                           {@code io.jfio.model.log.FioHistogramBins}), or {@code null} when not collected
 */
public record DirectionWindow(Direction direction, long bytes, long ios, double iops, double bandwidthKiBps,
                              long lastBlockSizeBytes, LatencySummary clat, LatencySummary lat,
                              LatencySummary slat, FioHistogramCounts fioHistogram) {

    public DirectionWindow {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(clat, "clat");
        Objects.requireNonNull(lat, "lat");
        Objects.requireNonNull(slat, "slat");
    }

    /** A direction with nothing completed in a window. */
    public static DirectionWindow idle(Direction direction) {
        return new DirectionWindow(direction, 0, 0, 0, 0, 0, LatencySummary.EMPTY, LatencySummary.EMPTY,
                LatencySummary.EMPTY, null);
    }

    /** True if at least one I/O of this direction completed in the window. */
    public boolean hasIo() {
        return ios > 0;
    }

    /**
     * The union of two consecutive windows of the same direction, with rates over their combined length.
     *
     * @param combinedNanos the merged window's real length in nanoseconds
     */
    public static DirectionWindow merge(DirectionWindow a, DirectionWindow b, long combinedNanos) {
        if (a.direction != b.direction) {
            throw new IllegalArgumentException("cannot merge " + a.direction + " with " + b.direction);
        }
        long bytes = a.bytes + b.bytes;
        long ios = a.ios + b.ios;
        return new DirectionWindow(a.direction, bytes, ios, Rates.perSecond(ios, combinedNanos),
                Rates.perSecond(bytes, combinedNanos) / 1024.0,
                b.lastBlockSizeBytes != 0 ? b.lastBlockSizeBytes : a.lastBlockSizeBytes,
                LatencySummary.merge(a.clat, b.clat), LatencySummary.merge(a.lat, b.lat),
                LatencySummary.merge(a.slat, b.slat), FioHistogramCounts.sum(a.fioHistogram, b.fioHistogram));
    }
}
