package io.jfio.engine.stats;

import io.jfio.model.log.FioHistogramBins;
import io.jfio.model.result.LatencySummary;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatencyAccumulatorTest {

    private static LatencyAccumulator oneTo(long n, long scale) {
        LatencyAccumulator acc = LatencyAccumulator.forWindow();
        for (long v = n; v >= 1; v--) {
            acc.record(v * scale);
        }
        return acc;
    }

    @Test
    void percentilesOfOneToTwoHundredFollowFiosRankRule() {
        // below 256 ns every value has its own bucket: exact
        LatencySummary s = oneTo(200, 1).summary(PercentileList.FIO_DEFAULT);
        assertEquals(2, s.valueAt(1));
        assertEquals(100, s.valueAt(50));
        assertEquals(198, s.valueAt(99));
        assertEquals(199, s.valueAt(99.5));
        assertEquals(200, s.valueAt(99.9));
        assertEquals(200, s.valueAt(99.99));
        assertEquals(17, s.percentiles().size());
    }

    @Test
    void minMaxMeanAndSampleStdevAreExact() {
        LatencySummary s = oneTo(1000, 1).summary(PercentileList.FIO_DEFAULT);
        assertEquals(1000, s.count());
        assertEquals(1, s.minNanos());
        assertEquals(1000, s.maxNanos());
        assertEquals(500.5, s.meanNanos(), 1e-9);
        assertEquals(Math.sqrt(1000.0 * 1001 / 12), s.stdevNanos(), 1e-9);
    }

    @Test
    void largerPercentilesAreAtMostOneBucketWidthAbove() {
        // buckets are 1/128 of a power of two wide: at most 0.8 % above the exact value, never below
        LatencySummary s = oneTo(1000, 1000).summary(PercentileList.of(50, 99));
        assertTrue(s.valueAt(50) >= 500_000 && s.valueAt(50) <= 500_000 * 1.008, "p50 " + s.valueAt(50));
        assertTrue(s.valueAt(99) >= 990_000 && s.valueAt(99) <= 990_000 * 1.008, "p99 " + s.valueAt(99));
    }

    @Test
    void customPercentileListIsSortedAndUsed() {
        PercentileList list = PercentileList.parse("99.9:50:90");
        assertEquals(3, list.size());
        assertEquals(50, list.get(0));
        LatencySummary s = oneTo(200, 1).summary(list);
        assertEquals(180, s.valueAt(90));
        assertEquals(-1, s.valueAt(99));
    }

    @Test
    void totalOfWindowsEqualsDirectRecording() {
        LatencyAccumulator total = LatencyAccumulator.forTotal();
        LatencyAccumulator window = LatencyAccumulator.forWindow();
        for (long v = 1; v <= 500; v++) {
            window.record(v * 37);
        }
        total.add(window);
        window.reset();
        for (long v = 501; v <= 1000; v++) {
            window.record(v * 37);
        }
        total.add(window);
        LatencySummary merged = total.summary(PercentileList.FIO_DEFAULT);
        LatencySummary direct = oneTo(1000, 37).summary(PercentileList.FIO_DEFAULT);
        assertEquals(direct.count(), merged.count());
        assertEquals(direct.meanNanos(), merged.meanNanos(), 1e-6);
        assertEquals(direct.stdevNanos(), merged.stdevNanos(), 1e-6);
        assertEquals(direct.percentiles(), merged.percentiles());
    }

    @Test
    void latencyAboveAnHourKeepsExactMax() {
        LatencyAccumulator acc = LatencyAccumulator.forWindow();
        acc.record(7_200_000_000_000L);
        LatencySummary s = acc.summary(PercentileList.of(50));
        assertEquals(7_200_000_000_000L, s.maxNanos());
        assertEquals(7_200_000_000_000L, s.valueAt(50));
    }

    @Test
    void emptyAccumulatorSummarizesAsEmpty() {
        assertEquals(LatencySummary.EMPTY, LatencyAccumulator.forWindow().summary(PercentileList.FIO_DEFAULT));
    }

    @Test
    void totalSummaryKeepsAHistogramThatGivesTheSamePercentiles() {
        SplittableRandom random = new SplittableRandom(7);
        LatencyAccumulator window = LatencyAccumulator.forWindow();
        for (int i = 0; i < 20_000; i++) {
            window.record(random.nextLong(50, 5_000_000));
        }
        LatencyAccumulator total = LatencyAccumulator.forTotal();
        total.add(window);
        LatencySummary s = total.summary(PercentileList.FIO_DEFAULT);
        assertEquals(20_000, s.histogram().total());
        for (int i = 0; i < PercentileList.FIO_DEFAULT.size(); i++) {
            double p = PercentileList.FIO_DEFAULT.get(i);
            long fromHistogram = Math.max(s.minNanos(), Math.min(s.maxNanos(), s.histogram().valueAtPercentile(p)));
            assertEquals(s.valueAt(p), fromHistogram, "percentile " + p);
        }
    }

    @Test
    void windowSummaryKeepsNoHistogram() {
        assertEquals(null, oneTo(10, 1).summary(PercentileList.FIO_DEFAULT).histogram());
    }

    @Test
    void keptHistogramCountsEveryLatencyInItsFioBin() {
        SplittableRandom random = new SplittableRandom(11);
        LatencyAccumulator window = LatencyAccumulator.forWindow();
        Map<Long, Long> expected = new TreeMap<>();
        for (int i = 0; i < 50_000; i++) {
            long nanos = (long) Math.exp(random.nextDouble(0, Math.log(3_000_000_000L)));
            window.record(nanos);
            expected.merge((long) FioHistogramBins.midValueNanos(FioHistogramBins.index(nanos)), 1L, Long::sum);
        }
        LatencyAccumulator total = LatencyAccumulator.forTotal();
        total.add(window);
        assertEquals(expected, total.summary(PercentileList.of(50)).histogram().fioBins());
    }
}
