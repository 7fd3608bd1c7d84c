package io.jfio.engine.output.status;

import io.jfio.model.job.JobSpec;
import io.jfio.model.value.IntegerValue;
import io.jfio.model.value.OptionValue;
import io.jfio.model.value.PerDirection;
import io.jfio.model.value.RwPattern;
import io.jfio.model.value.SizeValue;

import java.util.List;

/**
 * A job's pacing limits as fio's status line sums them: {@code rate_min}/{@code rate} and
 * {@code rate_iops_min}/{@code rate_iops}, each added up over the directions the job does (a read job with
 * {@code rate=1m,3m} counts 1 MiB/s, a randrw one 4 MiB/s). Immutable; any thread.
 *
 * @param minBytesPerSecond the bandwidth floor ({@code rate_min}), 0 when none
 * @param maxBytesPerSecond the bandwidth cap ({@code rate}), 0 when none
 * @param minIops           the IOPS floor ({@code rate_iops_min}), 0 when none
 * @param maxIops           the IOPS cap ({@code rate_iops}), 0 when none
 */
public record RateLimits(long minBytesPerSecond, long maxBytesPerSecond, long minIops, long maxIops) {

    /** No limits. */
    public static final RateLimits NONE = new RateLimits(0, 0, 0, 0);

    /** The limits of {@code job}, which does {@code pattern}. */
    public static RateLimits of(JobSpec job, RwPattern pattern) {
        return new RateLimits(sum(job, "rate_min", pattern), sum(job, "rate", pattern),
                sum(job, "rate_iops_min", pattern), sum(job, "rate_iops", pattern));
    }

    /** These limits added to {@code other}'s. */
    public RateLimits plus(RateLimits other) {
        return new RateLimits(minBytesPerSecond + other.minBytesPerSecond, maxBytesPerSecond + other.maxBytesPerSecond,
                minIops + other.minIops, maxIops + other.maxIops);
    }

    /** True if a bandwidth floor or cap is set (the status line then shows those, not the IOPS ones). */
    public boolean limitsBandwidth() {
        return minBytesPerSecond > 0 || maxBytesPerSecond > 0;
    }

    /** True if an IOPS floor or cap is set. */
    public boolean limitsIops() {
        return minIops > 0 || maxIops > 0;
    }

    private static long sum(JobSpec job, String option, RwPattern pattern) {
        OptionValue value = job.option(option).map(o -> o.typed()).orElse(null);
        if (value == null) {
            return 0;
        }
        boolean[] does = {pattern.reads(), pattern.writes(), pattern.trims()};
        List<PerDirection.Direction> directions = List.of(PerDirection.Direction.values());
        long total = 0;
        for (PerDirection.Direction d : directions) {
            if (!does[d.ordinal()]) {
                continue;
            }
            Object element = value instanceof PerDirection<?> per ? per.get(d, null) : value;
            total += element instanceof SizeValue s ? s.bytes() : element instanceof IntegerValue i ? i.value() : 0;
        }
        return total;
    }
}
