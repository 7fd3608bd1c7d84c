package io.jfio.engine.sample;

import io.jfio.engine.stats.PercentileList;
import io.jfio.model.result.Direction;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link JobSampler} samples and how. Immutable; any thread.
 *
 * @param jobName           the job's section name
 * @param jobIndex          1-based job number (the N of {@code P_bw.N.log})
 * @param windowMillis      the base window; every other period must be a multiple (see {@link SamplePeriods})
 * @param directions        the directions the job can do (rw=randwrite: WRITE only); storage is allocated
 *                          for these only, I/O of another direction is ignored
 * @param submissionLatency record slat (asynchronous engines); synchronous engines have none, as in fio
 * @param percentiles       the percentiles of every latency summary
 * @param bwAvgMillis       {@code bwavgtime}: the windows of the bw summary (fio default 500)
 * @param iopsAvgMillis     {@code iopsavgtime}: the windows of the iops summary (fio default 500)
 * @param fioHistogram      also count clat in fio's 1856 bins (needed by histogram logs)
 */
public record SamplerConfig(String jobName, int jobIndex, long windowMillis, Set<Direction> directions,
                            boolean submissionLatency, PercentileList percentiles, long bwAvgMillis,
                            long iopsAvgMillis, boolean fioHistogram) {

    public SamplerConfig {
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(percentiles, "percentiles");
        if (windowMillis <= 0) {
            throw new IllegalArgumentException("sample window must be positive, got " + windowMillis + " ms");
        }
        if (directions.isEmpty()) {
            throw new IllegalArgumentException("a sampler needs at least one direction");
        }
        directions = Set.copyOf(EnumSet.copyOf(directions));
        requireMultiple("bwavgtime", bwAvgMillis, windowMillis);
        requireMultiple("iopsavgtime", iopsAvgMillis, windowMillis);
    }

    /** Defaults for a job: fio's percentiles, bwavgtime = iopsavgtime = 500 ms, windows of 500 ms, no slat. */
    public static SamplerConfig defaults(String jobName, int jobIndex, Set<Direction> directions) {
        return new SamplerConfig(jobName, jobIndex, SamplePeriods.FIO_DEFAULT_AVG_MILLIS, directions, false,
                PercentileList.FIO_DEFAULT, SamplePeriods.FIO_DEFAULT_AVG_MILLIS, SamplePeriods.FIO_DEFAULT_AVG_MILLIS,
                false);
    }

    /** The sampled directions in {@link Direction} order. */
    public EnumSet<Direction> directionSet() {
        return EnumSet.copyOf(directions);
    }

    private static void requireMultiple(String name, long periodMillis, long windowMillis) {
        if (periodMillis <= 0 || periodMillis % windowMillis != 0) {
            throw new IllegalArgumentException(name + "=" + periodMillis + " ms is not a positive multiple of the "
                    + windowMillis + " ms sample window");
        }
    }
}
