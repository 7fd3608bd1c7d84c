package io.jfio.model.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void plusAddsMatchingBucketsAndKeepsTheOthersInOrder() {
        LatencyHistogram a = LatencyHistogram.of(new long[] {10, 30, 50}, new long[] {1, 2, 3});
        LatencyHistogram b = LatencyHistogram.of(new long[] {20, 30, 60}, new long[] {4, 5, 6});
        LatencyHistogram sum = a.plus(b);
        assertEquals(LatencyHistogram.of(new long[] {10, 20, 30, 50, 60}, new long[] {1, 4, 7, 3, 6}), sum);
        assertEquals(21, sum.total());
    }

    @Test
    void valueAtPercentileIsTheFirstBucketReachingTheRank() {
        LatencyHistogram h = LatencyHistogram.of(new long[] {100, 200, 300}, new long[] {50, 40, 10});
        assertEquals(100, h.valueAtPercentile(1));
        assertEquals(100, h.valueAtPercentile(50));
        assertEquals(200, h.valueAtPercentile(50.5));
        assertEquals(200, h.valueAtPercentile(90));
        assertEquals(300, h.valueAtPercentile(90.01));
        assertEquals(300, h.valueAtPercentile(100));
        assertEquals(0, LatencyHistogram.EMPTY.valueAtPercentile(50));
    }

    @Test
    void fioBinsAreKeyedByTheMiddleOfFiosBin() {
        // fio's json+ printed "2160" : 1 for a latency of 2154 ns; below 128 ns every value is its own bin
        LatencyHistogram h = LatencyHistogram.of(new long[] {100, 2154, 2175}, new long[] {3, 1, 2});
        assertEquals(Map.of(100L, 3L, 2160L, 3L), h.fioBins());
    }

    @Test
    void bucketsMustBeAscendingWithPositiveCounts() {
        assertThrows(IllegalArgumentException.class, () -> LatencyHistogram.of(new long[] {2, 1}, new long[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> LatencyHistogram.of(new long[] {1}, new long[] {0}));
        assertThrows(IllegalArgumentException.class, () -> LatencyHistogram.of(new long[] {1}, new long[] {1, 2}));
    }

    @Test
    void mergeOfSummariesWithHistogramsRecomputesTheirPercentiles() {
        LatencyHistogram ha = LatencyHistogram.of(new long[] {100, 200}, new long[] {50, 50});
        LatencyHistogram hb = LatencyHistogram.of(new long[] {300}, new long[] {100});
        LatencySummary a = new LatencySummary(100, 90, 200, 150, 50,
                List.of(new Percentile(50, 100), new Percentile(99, 200)), ha);
        LatencySummary b = new LatencySummary(100, 280, 310, 300, 5,
                List.of(new Percentile(50, 300), new Percentile(99, 300)), hb);
        LatencySummary merged = LatencySummary.merge(a, b);
        assertEquals(List.of(new Percentile(50, 200), new Percentile(99, 300)), merged.percentiles());
        assertEquals(ha.plus(hb), merged.histogram());
        assertEquals(90, merged.minNanos());
        assertEquals(310, merged.maxNanos());
    }

    @Test
    void mergeWithoutHistogramsStillDropsPercentiles() {
        LatencySummary a = new LatencySummary(2, 1, 2, 1.5, 0.7, List.of(new Percentile(50, 1)));
        LatencySummary b = new LatencySummary(2, 3, 4, 3.5, 0.7, List.of(new Percentile(50, 3)));
        assertEquals(List.of(), LatencySummary.merge(a, b).percentiles());
        assertEquals(null, LatencySummary.merge(a, b).histogram());
    }
}
