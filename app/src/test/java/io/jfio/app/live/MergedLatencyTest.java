package io.jfio.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Percentile;

import org.junit.jupiter.api.Test;

/** Several jobs' latency of one window merged into one set of samples. */
class MergedLatencyTest {

    private static LatencySummary withHistogram(long[] values, long[] counts) {
        LatencyHistogram h = LatencyHistogram.of(values, counts);
        return new LatencySummary(h.total(), values[0], values[values.length - 1], 0, 0,
                List.of(new Percentile(99, h.valueAtPercentile(99))), h);
    }

    @Test
    void percentilesComeFromTheSummedHistograms() {
        LatencySummary a = withHistogram(new long[] {100_000}, new long[] {1000});
        LatencySummary b = withHistogram(new long[] {1_000_000, 5_000_000}, new long[] {980, 20});
        LatencySummary c = withHistogram(new long[] {100_000, 1_000_000}, new long[] {500, 500});
        MergedLatency merged = MergedLatency.of(List.of(a, b, c), 50, 99, 99.9);
        assertEquals(3000, merged.count());
        // 1500 at 100 µs, 1480 at 1 ms, 20 at 5 ms: the 2970th is at 1 ms, the 2998th at 5 ms
        assertEquals(100_000, merged.valueAt(50));
        assertEquals(1_000_000, merged.valueAt(99));
        assertEquals(5_000_000, merged.valueAt(99.9));
        assertEquals(5_000_000, merged.maxNanos());
        assertEquals(-1, merged.valueAt(90)); // not asked for
    }

    @Test
    void theWalkAgreesWithTheSummedHistogramAtEveryPercent() {
        java.util.Random random = new java.util.Random(42);
        List<LatencySummary> parts = new java.util.ArrayList<>();
        LatencyHistogram sum = LatencyHistogram.EMPTY;
        for (int job = 0; job < 7; job++) {
            java.util.TreeMap<Long, Long> buckets = new java.util.TreeMap<>();
            for (int i = 0; i < 500; i++) {
                buckets.merge(1_000L * (1 + random.nextInt(200 + 300 * job)), 1L, Long::sum);
            }
            long[] values = buckets.keySet().stream().mapToLong(Long::longValue).toArray();
            long[] counts = buckets.values().stream().mapToLong(Long::longValue).toArray();
            parts.add(withHistogram(values, counts));
            sum = sum.plus(LatencyHistogram.of(values, counts));
        }
        double[] percents = {0, 1, 25, 50, 90, 99, 99.5, 99.9, 99.99, 100};
        MergedLatency merged = MergedLatency.of(parts, percents);
        for (double p : percents) {
            assertEquals(sum.valueAtPercentile(p), merged.valueAt(p), "p" + p);
        }
    }

    @Test
    void withoutHistogramsOnlyASinglePartKnowsItsPercentiles() {
        LatencySummary noHistogram = new LatencySummary(10, 5, 90, 20, 3, List.of(new Percentile(99, 80)));
        LatencySummary other = new LatencySummary(10, 1, 300, 20, 3, List.of(new Percentile(99, 250)));
        assertEquals(80, MergedLatency.of(List.of(noHistogram, LatencySummary.EMPTY), 99).valueAt(99));
        MergedLatency two = MergedLatency.of(List.of(noHistogram, other), 99);
        assertEquals(-1, two.valueAt(99));
        assertEquals(300, two.maxNanos());
        assertTrue(MergedLatency.of(List.of(LatencySummary.EMPTY)).isEmpty());
    }
}
