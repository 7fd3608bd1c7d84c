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
}
