package io.jfio.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Percentile;

import org.junit.jupiter.api.Test;

class NamedDistributionTest {

    // 1000 samples: 900 at 10 µs, 90 at 100 µs, 9 at 1 ms, 1 at 10 ms
    private static final LatencyHistogram TENFOLD = LatencyHistogram.of(
            new long[] {10_000, 100_000, 1_000_000, 10_000_000}, new long[] {900, 90, 9, 1});

    @Test
    void histogramGivesFortyPointsPerNineUpToOneSampleInTheTotalThenTheMaximum() {
        NamedDistribution d = NamedDistribution.fromHistogram("job read", TENFOLD);
        assertEquals(3 * NamedDistribution.POINTS_PER_NINE + 1, d.points().size());
        assertEquals(1000, d.count());
        Percentile last = d.points().get(d.points().size() - 1);
        assertEquals(100, last.percent());
        assertEquals(10_000_000, last.valueNanos());
    }

    @Test
    void histogramPointsAgreeWithTheHistogramsOwnPercentiles() {
        NamedDistribution d = NamedDistribution.fromHistogram("job read", TENFOLD);
        for (Percentile p : d.points()) {
            assertEquals(TENFOLD.valueAtPercentile(p.percent()), p.valueNanos(), "at " + p.percent());
        }
        assertEquals(10_000, valueAtNines(d, 1)); // 90%: the 900th sample
        assertEquals(100_000, valueAtNines(d, 2)); // 99%: the 990th
        assertEquals(1_000_000, valueAtNines(d, 2.5));
    }

    @Test
    void summaryWithoutHistogramUsesMinPercentilesAndMax() {
        LatencySummary s = new LatencySummary(100, 500, 9_000, 1_000, 50,
                List.of(new Percentile(50, 1_000), new Percentile(99, 4_000)));
        NamedDistribution d = NamedDistribution.fromSummary("w", s);
        assertEquals(List.of(new Percentile(0, 500), new Percentile(50, 1_000), new Percentile(99, 4_000),
                new Percentile(100, 9_000)), d.points());
    }

    @Test
    void emptyHistogramDrawsNothing() {
        assertTrue(NamedDistribution.fromHistogram("idle", LatencyHistogram.EMPTY).isEmpty());
    }

    private static long valueAtNines(NamedDistribution d, double nines) {
        for (Percentile p : d.points()) {
            if (Math.abs(NinesScale.toAxis(p.percent()) - nines) < 1e-9) {
                return p.valueNanos();
            }
        }
        throw new AssertionError("no point at " + nines + " nines");
    }
}
