package io.jfio.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Hit counts per block follow the requested distribution; tolerances are stated per test. */
class DistributionTest {
    private static final int BLOCKS = 1000;

    @Test
    void zipfTopOnePercentTakesItsExpectedShareWithinTwoPoints() {
        long[] hits = hits(DistributionSpec.zipf(1.2), 500_000);
        double expected = 100.0 * harmonic(10, 1.2) / harmonic(BLOCKS, 1.2);
        assertEquals(expected, topShare(hits, 10), 2.0);
    }

    @Test
    void zipfHottestBlockTakesRankOnesShareWithinHalfAPoint() {
        long[] hits = hits(DistributionSpec.zipf(0.8), 500_000);
        assertEquals(100.0 / harmonic(BLOCKS, 0.8), topShare(hits, 1), 0.5);
    }

    @Test
    void zipfRanksLandOnDistinctBlocks() {
        // fio's hash-modulo folds ranks together (zipf:1.2 on 1000 blocks touches ~300 blocks);
        // a bijection keeps every rank on its own block.
        long[] hits = hits(DistributionSpec.zipf(1.2), 500_000);
        assertEquals(BLOCKS, Arrays.stream(hits).filter(h -> h > 0).count());
    }

    @Test
    void zipfCenterPutsTheHottestBlockThere() {
        long[] hits = hits(DistributionSpec.zipf(1.2, 0.25), 100_000);
        assertEquals(250, hottest(hits));
    }

    @Test
    void paretoHottestFractionHTakesOneMinusHOfTheAccessesWithinOnePoint() {
        long[] hits = hits(DistributionSpec.pareto(0.2), 500_000);
        assertEquals(80.0, topShare(hits, 200), 1.0);
        long[] hits10 = hits(DistributionSpec.pareto(0.1), 500_000);
        assertEquals(90.0, topShare(hits10, 100), 1.0);
    }

    @Test
    void paretoHottestBlockTakesFiosShare() {
        // P(rank 0) = (1/n)^(ln(1-h)/ln h); fio 3.33 showed 38.9% for pareto:0.2 on 1000 blocks
        long[] hits = hits(DistributionSpec.pareto(0.2), 500_000);
        double expected = 100.0 * Math.pow(1.0 / BLOCKS, Math.log(0.8) / Math.log(0.2));
        assertEquals(expected, topShare(hits, 1), 0.5);
    }

    @Test
    void normalPutsOneSigmaAroundTheCenterWithinOnePoint() {
        long[] hits = hits(DistributionSpec.normal(10), 500_000);
        assertEquals(68.27, rangeShare(hits, 400, 600), 1.0);
        assertEquals(95.45, rangeShare(hits, 300, 700), 1.0);
    }

    @Test
    void normalCenterMovesTheMean() {
        long[] hits = hits(DistributionSpec.normal(5, 0.2), 200_000);
        assertEquals(68.27, rangeShare(hits, 150, 250), 1.0);
    }

    @Test
    void zonedSendsEachZoneItsShareWithinOnePoint() {
        long[] hits = hits(DistributionSpec.zoned(new int[] {60, 30, 8, 2}, new double[] {10, 20, 30, 40}), 500_000);
        assertEquals(60.0, rangeShare(hits, 0, 100), 1.0);
        assertEquals(30.0, rangeShare(hits, 100, 300), 1.0);
        assertEquals(8.0, rangeShare(hits, 300, 600), 1.0);
        assertEquals(2.0, rangeShare(hits, 600, 1000), 0.5);
    }

    @Test
    void zonedRangesShortOfTheWholeLeaveTheRestUntouched() {
        long[] hits = hits(DistributionSpec.zoned(new int[] {60, 40}, new double[] {10, 20}), 100_000);
        assertEquals(100.0, rangeShare(hits, 0, 300), 1e-9);
    }

    @Test
    void zonedAbsUsesByteSizes() {
        BlockDistribution d = new BlockDistribution(
                DistributionSpec.zonedAbs(new int[] {50, 50}, new long[] {4096 * 10, 4096 * 90}), BLOCKS, 4096, new Prng(5));
        long[] hits = new long[BLOCKS];
        for (int i = 0; i < 100_000; i++) {
            hits[(int) d.next()]++;
        }
        assertEquals(50.0, rangeShare(hits, 0, 10), 1.0);
        assertEquals(50.0, rangeShare(hits, 10, 100), 1.0);
        assertEquals(0.0, rangeShare(hits, 100, BLOCKS), 1e-9);
    }

    @Test
    void zonedAccessesMustAddUpToOneHundred() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DistributionSpec.zoned(new int[] {60, 30}, new double[] {10, 20}));
        assertTrue(e.getMessage().contains("got 90"), e.getMessage());
    }

    @Test
    void zipfThetaOneIsRefusedAsFioDoes() {
        assertThrows(IllegalArgumentException.class, () -> DistributionSpec.zipf(1.0));
    }

    private static long[] hits(DistributionSpec spec, int draws) {
        BlockDistribution d = new BlockDistribution(spec, BLOCKS, 4096, new Prng(99));
        long[] hits = new long[BLOCKS];
        for (int i = 0; i < draws; i++) {
            hits[(int) d.next()]++;
        }
        return hits;
    }

    private static double topShare(long[] hits, int top) {
        long[] sorted = hits.clone();
        Arrays.sort(sorted);
        long sum = 0;
        for (int i = 0; i < top; i++) {
            sum += sorted[sorted.length - 1 - i];
        }
        return 100.0 * sum / Arrays.stream(hits).sum();
    }

    private static double rangeShare(long[] hits, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += hits[i];
        }
        return 100.0 * sum / Arrays.stream(hits).sum();
    }

    private static int hottest(long[] hits) {
        int best = 0;
        for (int i = 1; i < hits.length; i++) {
            if (hits[i] > hits[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double harmonic(int n, double theta) {
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += Math.pow(k, -theta);
        }
        return sum;
    }
}
