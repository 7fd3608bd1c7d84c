package io.jfio.app.results;

import io.jfio.model.result.LatencySummary;

/**
 * One latency of one reported job and direction, as fio's report prints it: slat, clat or lat with min,
 * max, mean, standard deviation and sample count, and the percentiles when the job asks for them
 * ({@code clat_percentiles}, on by default; {@code lat_percentiles}; {@code slat_percentiles}).
 * Immutable; any thread.
 *
 * @param jobLabel    the reported job ("seq", "seq (4 jobs)")
 * @param direction   read, write or trim
 * @param kind        "slat", "clat" or "lat"
 * @param summary     the figures; nanoseconds
 * @param percentiles true if the report shows this latency's percentiles
 */
public record LatencyRow(String jobLabel, String direction, String kind, LatencySummary summary,
                         boolean percentiles) {

    /** The value at {@code percent} when the report shows it, else -1. */
    public long percentileNanos(double percent) {
        return percentiles ? summary.valueAt(percent) : -1;
    }
}
