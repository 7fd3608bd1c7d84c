package io.jfio.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.BitSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PermutationTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 17, 1001, 4097, 99_999})
    void feistelVisitsEveryBlockExactlyOncePerPass(long blocks) {
        FeistelPermutation permutation = new FeistelPermutation(blocks, 12345);
        for (int pass = 0; pass < 2; pass++) {
            assertEveryBlockOnce(blocks, permutation::next);
            permutation.restart(pass);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 17, 1001, 4097, 99_999})
    void lfsrVisitsEveryBlockExactlyOncePerPass(long blocks) {
        LfsrSequence lfsr = new LfsrSequence(blocks, 777);
        for (int pass = 0; pass < 2; pass++) {
            assertEveryBlockOnce(blocks, lfsr::next);
            lfsr.restart(pass * 31 + 5);
        }
    }

    @Test
    void lfsrTapsGiveTheFullPeriodForEveryWidthUpTo22() {
        for (int width = 2; width <= 22; width++) {
            long period = (1L << width) - 1;
            LfsrSequence lfsr = new LfsrSequence(period, 0);
            assertEquals(width, lfsr.widthBits());
            assertEveryBlockOnce(period, lfsr::next);
        }
    }

    @Test
    void aNewKeyGivesANewOrder() {
        FeistelPermutation p = new FeistelPermutation(1000, 1);
        long[] first = take(p::next, 1000);
        p.restart(2);
        assertFalse(Arrays.equals(first, take(p::next, 1000)));
    }

    @Test
    void feistelOrderIsNotNearlySequential() {
        long[] order = take(new FeistelPermutation(100_000, 9)::next, 100_000);
        int ascendingNeighbours = 0;
        for (int i = 1; i < order.length; i++) {
            if (order[i] == order[i - 1] + 1) {
                ascendingNeighbours++;
            }
        }
        assertTrue(ascendingNeighbours < 100, "consecutive runs: " + ascendingNeighbours);
    }

    private static void assertEveryBlockOnce(long blocks, java.util.function.LongSupplier next) {
        BitSet seen = new BitSet();
        for (long i = 0; i < blocks; i++) {
            long b = next.getAsLong();
            assertTrue(b >= 0 && b < blocks, "out of range: " + b);
            assertFalse(seen.get((int) b), "block " + b + " twice");
            seen.set((int) b);
        }
        assertEquals(-1, next.getAsLong(), "pass should be over");
    }

    private static long[] take(java.util.function.LongSupplier next, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = next.getAsLong();
        }
        return out;
    }
}
