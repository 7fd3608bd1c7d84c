package io.jfio.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sequential jobs with varying sizes: fio's draws differ from jfio's, its coverage rules do not. */
class SequentialSizesTest {

    @Test
    void bsrangeFillsTheRegionRoundedDownToTheMinimumExactly() {
        // fio 3.33, bsrange=4k-8k size=41k: 0+4 4+8 12+8 20+4 24+8 32+4 36+4, ending at 40k
        WorkloadSpec spec = WorkloadSpec.builder().blockSize(BlockSizeSpec.range(4096, 8192)).build();
        long end = contiguousEnd(spec, 41 * 1024);
        assertEquals(40 * 1024, end);
    }

    @Test
    void bsUnalignedStopsWhenLessThanTheMinimumIsLeft() {
        // fio 3.33, bsrange=1k-4k bs_unaligned size=10k: last I/O ended at 10186, 54 bytes short
        WorkloadSpec spec = WorkloadSpec.builder().blockSize(BlockSizeSpec.range(1024, 4096))
                .blockSizeUnaligned(true).build();
        for (int seed = 0; seed < 20; seed++) {
            long end = contiguousEnd(spec, 10 * 1024, seed);
            assertTrue(end <= 10 * 1024 && 10 * 1024 - end < 1024, "ended at " + end);
        }
    }

    @Test
    void roundrobinWithColonNSwitchesFilesEveryNIos() {
        WorkloadSpec spec = WorkloadSpec.builder()
                .fileService(FileServiceType.ROUNDROBIN, 2, DistributionSpec.uniform()).build();
        IoPlanner planner = new IoPlanner(spec, regions(3, 1 << 20), RandomSeeds.repeatable(0));
        int[] expected = {0, 0, 1, 1, 2, 2, 0, 0, 1};
        for (int file : expected) {
            assertEquals(IoPlanner.IO, planner.next());
            assertEquals(file, planner.fileIndex());
        }
    }

    @Test
    void randomFileServiceSpreadsIosOverTheFiles() {
        WorkloadSpec spec = WorkloadSpec.builder()
                .fileService(FileServiceType.RANDOM, 1, DistributionSpec.uniform()).build();
        IoPlanner planner = new IoPlanner(spec, regions(4, 1 << 30), RandomSeeds.repeatable(0));
        int[] perFile = new int[4];
        for (int i = 0; i < 40_000; i++) {
            planner.next();
            perFile[planner.fileIndex()]++;
        }
        for (int count : perFile) {
            assertEquals(10_000, count, 400);
        }
    }

    @Test
    void filesOfAJobEachGetTheirWholeRegion() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDWRITE).build();
        IoPlanner planner = new IoPlanner(spec, regions(3, 33 * 4096), RandomSeeds.repeatable(0));
        long[] bytes = new long[3];
        while (planner.next() == IoPlanner.IO) {
            bytes[planner.fileIndex()] += planner.lengthBytes();
        }
        assertEquals(33 * 4096, bytes[0]);
        assertEquals(33 * 4096, bytes[1]);
        assertEquals(33 * 4096, bytes[2]);
    }

    private static FileRegion[] regions(int files, long bytes) {
        FileRegion[] regions = new FileRegion[files];
        for (int i = 0; i < files; i++) {
            regions[i] = new FileRegion(0, bytes);
        }
        return regions;
    }

    private static long contiguousEnd(WorkloadSpec spec, long regionBytes) {
        return contiguousEnd(spec, regionBytes, 0);
    }

    /** Runs one loop, checking that each I/O starts where the previous ended; returns the last end. */
    private static long contiguousEnd(WorkloadSpec spec, long regionBytes, long seed) {
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(0, regionBytes)},
                RandomSeeds.fromRandSeed(seed, 0));
        long end = 0;
        while (planner.next() == IoPlanner.IO) {
            assertEquals(end, planner.offsetBytes());
            end += planner.lengthBytes();
        }
        return end;
    }
}
