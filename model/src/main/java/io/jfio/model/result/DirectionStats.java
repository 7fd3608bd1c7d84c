package io.jfio.model.result;

import java.util.Objects;

/**
 * A job's cumulative figures for one data direction: what fio prints in its "read:" / "write:" block.
 * Immutable; any thread.
 *
 * @param direction   the data direction
 * @param bytes       bytes completed (after ramp_time)
 * @param ios         I/Os completed
 * @param runtimeNanos time from the job's start to its last closed window's end
 * @param clat        completion latency
 * @param lat         total latency
 * @param slat        submission latency (empty for synchronous engines)
 * @param bandwidthKiBps bw summary over {@code bwavgtime} windows
 * @param iops        IOPS summary over {@code iopsavgtime} windows
 */
public record DirectionStats(Direction direction, long bytes, long ios, long runtimeNanos, LatencySummary clat,
                             LatencySummary lat, LatencySummary slat, RateSummary bandwidthKiBps,
                             RateSummary iops) {

    public DirectionStats {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(clat, "clat");
        Objects.requireNonNull(lat, "lat");
        Objects.requireNonNull(slat, "slat");
        Objects.requireNonNull(bandwidthKiBps, "bandwidthKiBps");
        Objects.requireNonNull(iops, "iops");
    }

    /** Mean bandwidth over the whole runtime in bytes per second (fio's BW=). */
    public double meanBytesPerSecond() {
        return Rates.perSecond(bytes, runtimeNanos);
    }

    /** Mean IOPS over the whole runtime (fio's IOPS=). */
    public double meanIops() {
        return Rates.perSecond(ios, runtimeNanos);
    }
}
