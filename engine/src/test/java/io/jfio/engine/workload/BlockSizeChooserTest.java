package io.jfio.engine.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BlockSizeChooserTest {
    private static final int DRAWS = 100_000;

    @Test
    void bsrangeDrawsEachMultipleOfTheMinimumEquallyOften() {
        Map<Integer, Integer> counts = histogram(BlockSizeSpec.range(1024, 4096), false, Long.MAX_VALUE);
        assertEquals(4, counts.size());
        for (int size = 1024; size <= 4096; size += 1024) {
            assertEquals(25.0, percent(counts, size), 1.0, "size " + size);
        }
    }

    @Test
    void bsrangeGivesAMaximumOffTheGridTheLeftoverShareAsFioDoes() {
        // fio 3.33, bsrange=3k-8k: 768 x 3k, 692 x 6k, 473 x 8k, i.e. 3:3:2
        Map<Integer, Integer> counts = histogram(BlockSizeSpec.range(3072, 8192), false, Long.MAX_VALUE);
        assertEquals(37.5, percent(counts, 3072), 1.0);
        assertEquals(37.5, percent(counts, 6144), 1.0);
        assertEquals(25.0, percent(counts, 8192), 1.0);
    }

    @Test
    void bsUnalignedSpreadsSizesAndPilesTheOverflowOnTheMaximum() {
        // fio 3.33, bsrange=1k-4k with bs_unaligned: about a quarter of the I/Os are exactly 4096
        Map<Integer, Integer> counts = histogram(BlockSizeSpec.range(1024, 4096), true, Long.MAX_VALUE);
        assertEquals(25.0, percent(counts, 4096), 1.0);
        assertTrue(counts.size() > 2000, "distinct sizes " + counts.size());
        assertTrue(counts.keySet().stream().allMatch(s -> s >= 1024 && s <= 4096));
    }

    @Test
    void sizesNeverExceedWhatFitsAndStayUniformOverWhatDoes() {
        Map<Integer, Integer> counts = histogram(BlockSizeSpec.range(1024, 16384), false, 3 * 1024 + 100);
        assertEquals(3, counts.size());
        for (int size = 1024; size <= 3072; size += 1024) {
            assertEquals(33.3, percent(counts, size), 1.0, "size " + size);
        }
    }

    @Test
    void nothingFitsBelowTheMinimum() {
        BlockSizeChooser chooser = new BlockSizeChooser(BlockSizeSpec.range(4096, 8192), false, new Prng(1));
        assertEquals(0, chooser.next(4095));
    }

    @Test
    void bssplitSharesMatchTheirWeightsWithinOnePoint() {
        BlockSizeSpec split = BlockSizeSpec.split(new int[] {4096, 65536, 32768}, new int[] {10, 50, 40});
        Map<Integer, Integer> counts = histogram(split, false, Long.MAX_VALUE);
        assertEquals(10.0, percent(counts, 4096), 1.0);
        assertEquals(50.0, percent(counts, 65536), 1.0);
        assertEquals(40.0, percent(counts, 32768), 1.0);
    }

    @Test
    void bssplitBlankPercentagesShareTheRemainder() {
        BlockSizeSpec split = BlockSizeSpec.split(new int[] {4096, 1024, 32768}, new int[] {50, -1, -1});
        assertArrayEquals(new int[] {1024, 4096, 32768}, split.splitSizes());
        assertArrayEquals(new int[] {25, 50, 25}, split.splitPercents());
    }

    @Test
    void bssplitShortOfOneHundredGivesTheRestToTheSmallestSize() {
        // fio 3.33, bssplit=4k/50:8k/30: 5456 x 4k, 2392 x 8k, the same as 4k/70:8k/30
        BlockSizeSpec split = BlockSizeSpec.split(new int[] {4096, 8192}, new int[] {50, 30});
        assertArrayEquals(new int[] {70, 30}, split.splitPercents());
    }

    @Test
    void bssplitOverOneHundredIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BlockSizeSpec.split(new int[] {4096, 8192}, new int[] {60, 50}));
        assertTrue(e.getMessage().startsWith("bssplit:"), e.getMessage());
    }

    @Test
    void bssplitNearTheEndRenormalisesOverTheSizesThatFit() {
        BlockSizeSpec split = BlockSizeSpec.split(new int[] {4096, 8192, 65536}, new int[] {20, 20, 60});
        Map<Integer, Integer> counts = histogram(split, false, 10_000);
        assertEquals(2, counts.size());
        assertEquals(50.0, percent(counts, 4096), 1.0);
        assertEquals(50.0, percent(counts, 8192), 1.0);
    }

    @Test
    void minimumAndMaximumAreKnownUpFront() {
        BlockSizeSpec split = BlockSizeSpec.split(new int[] {8192, 512, 131072}, new int[] {30, 30, 40});
        assertEquals(512, split.minBytes());
        assertEquals(131072, split.maxBytes());
        assertEquals(1024, BlockSizeSpec.range(1024, 4096).minBytes());
        assertEquals(4096, BlockSizeSpec.range(1024, 4096).maxBytes());
    }

    private static Map<Integer, Integer> histogram(BlockSizeSpec spec, boolean unaligned, long fit) {
        BlockSizeChooser chooser = new BlockSizeChooser(spec, unaligned, new Prng(2024));
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int i = 0; i < DRAWS; i++) {
            int size = chooser.next(fit);
            assertTrue(size > 0 && size <= fit, "size " + size + " for fit " + fit);
            counts.merge(size, 1, Integer::sum);
        }
        return counts;
    }

    private static double percent(Map<Integer, Integer> counts, int size) {
        return 100.0 * counts.getOrDefault(size, 0) / DRAWS;
    }
}
