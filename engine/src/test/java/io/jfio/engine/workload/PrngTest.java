package io.jfio.engine.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PrngTest {

    @Test
    void sameSeedGivesSameSequence() {
        assertArrayEquals(draws(new Prng(42), 1000), draws(new Prng(42), 1000));
    }

    @Test
    void otherSeedGivesOtherSequence() {
        assertFalse(Arrays.equals(draws(new Prng(42), 1000), draws(new Prng(43), 1000)));
    }

    @Test
    void reseedRestartsTheSequence() {
        Prng prng = new Prng(7);
        long[] first = draws(prng, 100);
        prng.reseed(7);
        assertArrayEquals(first, draws(prng, 100));
    }

    @Test
    void boundedDrawsAreUniformWithinOnePercent() {
        Prng prng = new Prng(1);
        int[] counts = new int[7];
        int n = 700_000;
        for (int i = 0; i < n; i++) {
            counts[(int) prng.nextLong(7)]++;
        }
        for (int c : counts) {
            assertEquals(100_000, c, 1_000);
        }
    }

    @Test
    void doublesStayInTheUnitInterval() {
        Prng prng = new Prng(3);
        for (int i = 0; i < 100_000; i++) {
            double d = prng.nextDouble();
            double nz = prng.nextDoubleNonZero();
            assertTrue(d >= 0 && d < 1, "nextDouble " + d);
            assertTrue(nz > 0 && nz <= 1, "nextDoubleNonZero " + nz);
        }
    }

    private static long[] draws(Prng prng, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = prng.nextLong();
        }
        return out;
    }
}
