package io.jfio.model.result;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LatencySummaryTest {

    private static LatencySummary exact(long... values) {
        double mean = 0;
        for (long v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        for (long v : values) {
            ss += (v - mean) * (v - mean);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new LatencySummary(values.length, min, max, mean, values.length > 1 ? Math.sqrt(ss / (values.length - 1)) : 0,
                List.of(new Percentile(50, values[values.length / 2])));
    }

    @Test
    void mergeGivesExactMeanAndStdevOfTheUnion() {
        LatencySummary merged = LatencySummary.merge(exact(10, 20, 30), exact(40, 50));
        LatencySummary all = exact(10, 20, 30, 40, 50);
        assertEquals(5, merged.count());
        assertEquals(10, merged.minNanos());
        assertEquals(50, merged.maxNanos());
        assertEquals(all.meanNanos(), merged.meanNanos(), 1e-9);
        assertEquals(all.stdevNanos(), merged.stdevNanos(), 1e-9);
        assertEquals(List.of(), merged.percentiles());
    }

    @Test
    void mergeWithEmptyKeepsPercentiles() {
        LatencySummary one = exact(10, 20, 30);
        assertEquals(one, LatencySummary.merge(LatencySummary.EMPTY, one));
        assertEquals(20, LatencySummary.merge(one, LatencySummary.EMPTY).valueAt(50));
    }
}
