package io.jfio.app.live;

import java.util.List;

import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Percentile;

/** Sample windows made by hand, for view-model tests. */
final class FakeSamples {

    private FakeSamples() {
    }

    /** A 500 ms window {@code index} of a read-only job with the given IOPS and clat p50/p90/p99/p99.9/max. */
    static IntervalSample readWindow(String job, int index, double iops, long p50, long p90, long p99, long p999,
                                     long max) {
        LatencySummary clat = new LatencySummary(100, p50 / 2, max, p50, 10, List.of(new Percentile(50, p50),
                new Percentile(90, p90), new Percentile(99, p99), new Percentile(99.9, p999)));
        DirectionWindow read = new DirectionWindow(Direction.READ, 4096L * 100, 100, iops, iops * 4, 4096, clat, clat,
                LatencySummary.EMPTY, null);
        long start = index * 500_000_000L;
        return new IntervalSample(job, 1, start, start + 500_000_000L, false,
                List.of(read, DirectionWindow.idle(Direction.WRITE)));
    }

    /** A clat/lat summary of 100 samples with p50/p90/p99/p99.9 and max. */
    static LatencySummary summary(long p50, long p90, long p99, long p999, long max) {
        return new LatencySummary(100, p50 / 2, max, p50, 10, List.of(new Percentile(50, p50), new Percentile(90, p90),
                new Percentile(99, p99), new Percentile(99.9, p999)));
    }

    /** A 500 ms window {@code index} of job {@code job} (number {@code jobIndex}) doing one direction. */
    static IntervalSample window(String job, int jobIndex, int index, Direction direction, double iops,
                                 LatencySummary clat, LatencySummary lat, LatencySummary slat, boolean finalWindow) {
        DirectionWindow w = new DirectionWindow(direction, (long) (4096 * iops / 2), (long) (iops / 2), iops, iops * 4,
                4096, clat, lat, slat, null);
        long start = index * 500_000_000L;
        return new IntervalSample(job, jobIndex, start, start + 500_000_000L, finalWindow, List.of(w));
    }

    /** A job's cumulative statistics with a clat histogram for one direction. */
    static io.jfio.model.result.JobStats cumulative(String job, int jobIndex, Direction direction,
                                                    io.jfio.model.result.LatencyHistogram clat) {
        long n = clat.total();
        LatencySummary summary = new LatencySummary(n, clat.valueNanos(0), clat.valueNanos(clat.size() - 1),
                clat.valueAtPercentile(50), 1, List.of(new Percentile(50, clat.valueAtPercentile(50))), clat);
        io.jfio.model.result.DirectionStats stats = new io.jfio.model.result.DirectionStats(direction, n * 4096, n,
                1_000_000_000L, summary, summary, LatencySummary.EMPTY, io.jfio.model.result.RateSummary.EMPTY,
                io.jfio.model.result.RateSummary.EMPTY);
        return new io.jfio.model.result.JobStats(job, jobIndex, List.of(stats),
                io.jfio.model.result.LatencyBuckets.of(new long[io.jfio.model.result.LatencyBuckets.BUCKET_COUNT]), 2, 0);
    }
}
