package io.jfio.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values observed with fio 3.33 on a 100 KiB file and bs=4k. */
class FileRegionTest {
    private static final long K = 1024;

    @Test
    void percentageOffsetIsAlignedUpToTheBlockSize() {
        FileRegion r = FileRegion.resolve(100 * K, new FileRegion.RegionOptions(0, 10, 0, 0, 0, 0, 0), 0, 4096);
        assertEquals(new FileRegion(12 * K, 88 * K), r);
    }

    @Test
    void offsetAlignOverridesTheBlockSize() {
        FileRegion r = FileRegion.resolve(100 * K, new FileRegion.RegionOptions(0, 10, 1024, 0, 0, 0, 20), 0, 4096);
        assertEquals(new FileRegion(10 * K, 20 * K), r);
    }

    @Test
    void offsetIncrementPercentageMovesEachClone() {
        // fio: file 208 KiB, offset=8k, offset_increment=30%: the second clone starts at 72 KiB
        FileRegion.RegionOptions options = new FileRegion.RegionOptions(8 * K, 0, 0, 0, 30, 20 * K, 0);
        assertEquals(new FileRegion(8 * K, 20 * K), FileRegion.resolve(208 * K, options, 0, 4096));
        assertEquals(new FileRegion(72 * K, 20 * K), FileRegion.resolve(208 * K, options, 1, 4096));
    }

    @Test
    void sizeIsNotClampedToTheFileBecauseFioExtendsIt() {
        FileRegion r = FileRegion.resolve(100 * K, FileRegion.RegionOptions.ofBytes(8 * K, 200 * K), 0, 4096);
        assertEquals(208 * K, r.endBytes());
    }
}
