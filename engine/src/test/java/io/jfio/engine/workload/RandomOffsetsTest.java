package io.jfio.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RandomOffsetsTest {
    private static final int BS = 4096;

    @ParameterizedTest
    @ValueSource(longs = {1, 3, 17, 1001, 4099})
    void randomMapTouchesEveryBlockExactlyOncePerLoopForOddBlockCounts(long blocks) {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDREAD).loops(3).build();
        List<int[]> loops = touchesPerLoop(spec, blocks * BS, blocks);
        assertEquals(3, loops.size());
        for (int[] touches : loops) {
            for (int b = 0; b < blocks; b++) {
                assertEquals(1, touches[b], "block " + b);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = RandomGeneratorKind.class)
    void everyGeneratorKeepsTheRandomMapExact(RandomGeneratorKind generator) {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDWRITE).randomGenerator(generator).build();
        int[] touches = touchesPerLoop(spec, 999L * BS, 999).get(0);
        for (int b = 0; b < 999; b++) {
            assertEquals(1, touches[b], "block " + b);
        }
    }

    @Test
    void lfsrAvoidsRepeatsEvenWithNorandommap() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDREAD).noRandomMap(true)
                .randomGenerator(RandomGeneratorKind.LFSR).build();
        int[] touches = touchesPerLoop(spec, 1001L * BS, 1001).get(0);
        for (int b = 0; b < 1001; b++) {
            assertEquals(1, touches[b], "block " + b);
        }
    }

    @Test
    void norandommapDrawsIndependentlyAndRepeatsBlocks() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDREAD).noRandomMap(true).build();
        int[] touches = touchesPerLoop(spec, 1001L * BS, 1001).get(0);
        long untouched = java.util.Arrays.stream(touches).filter(t -> t == 0).count();
        // independent draws leave about 1/e of the blocks untouched
        assertEquals(1001 / Math.E, untouched, 40);
    }

    @Test
    void variableSizesUnderTheRandomMapStillCoverEveryByteOnce() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDWRITE)
                .blockSize(BlockSizeSpec.range(4096, 65536)).build();
        long blocks = 2001;
        int[] touches = touchesPerLoop(spec, blocks * BS, blocks).get(0);
        for (int b = 0; b < blocks; b++) {
            assertEquals(1, touches[b], "block " + b);
        }
    }

    @Test
    void ioSizeBeyondTheRegionStartsANewPassOfTheMap() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDREAD).ioSizeBytes(3L * 101 * BS).build();
        int[] touches = touchesPerLoop(spec, 101L * BS, 101).get(0);
        for (int b = 0; b < 101; b++) {
            assertEquals(3, touches[b], "block " + b);
        }
    }

    @Test
    void randomOffsetsAreAlignedToTheBlockSizeAndInsideTheRegion() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDREAD).noRandomMap(true)
                .blockSize(BlockSizeSpec.fixed(8192)).build();
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(1 << 20, 100 * 8192 + 100)},
                RandomSeeds.repeatable(0));
        while (planner.next() == IoPlanner.IO) {
            long relative = planner.offsetBytes() - (1 << 20);
            assertEquals(0, relative % 8192);
            assertTrue(relative >= 0 && relative + planner.lengthBytes() <= 100 * 8192);
        }
    }

    @Test
    void blockalignSetsTheGridOfRandomOffsets() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDREAD)
                .blockSize(BlockSizeSpec.fixed(4096)).blockAlign(DataDirection.READ, 512).build();
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 1 << 20)}, RandomSeeds.repeatable(0));
        boolean offGrid = false;
        while (planner.next() == IoPlanner.IO) {
            assertEquals(0, planner.offsetBytes() % 512);
            offGrid |= planner.offsetBytes() % 4096 != 0;
        }
        assertTrue(offGrid, "with blockalign=512 some offsets fall between 4k boundaries");
    }

    @Test
    void percentageRandomZeroIsSequential() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDREAD).percentageRandom(0).build();
        List<String> steps = PlannerTrace.ioSteps(
                new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 4 * BS)}, RandomSeeds.repeatable(0)), 100);
        assertEquals(List.of("0 read 0 4096", "0 read 4096 4096", "0 read 8192 4096", "0 read 12288 4096"), steps);
    }

    @Test
    void percentageRandomMixesRandomAndSequentialOffsets() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDREAD).noRandomMap(true).percentageRandom(25).build();
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 1L << 30)}, RandomSeeds.repeatable(0));
        long previousEnd = -1;
        int sequential = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            planner.next();
            if (planner.offsetBytes() == previousEnd) {
                sequential++;
            }
            previousEnd = planner.offsetBytes() + planner.lengthBytes();
        }
        assertEquals(75.0, 100.0 * sequential / n, 0.5);
    }

    @Test
    void randreadColonNContinuesSequentiallyBetweenRandomOffsets() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDREAD).rwModifier(4).noRandomMap(true).build();
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 1L << 30)}, RandomSeeds.repeatable(0));
        for (int run = 0; run < 100; run++) {
            planner.next();
            long expected = planner.offsetBytes() + BS;
            for (int i = 1; i < 4; i++) {
                planner.next();
                if (planner.offsetBytes() != 0) {
                    assertEquals(expected, planner.offsetBytes(), "run " + run + " I/O " + i);
                }
                expected = planner.offsetBytes() + BS;
            }
        }
    }

    @Test
    void identicalSequencerRepeatsEachRandomOffsetNTimes() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDREAD).rwModifier(4)
                .sequencer(RwSequencer.IDENTICAL).build();
        List<String> steps = PlannerTrace.ioSteps(
                new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 64 * 1024)}, RandomSeeds.repeatable(0)), 100);
        assertEquals(16, steps.size());
        for (int i = 0; i < 16; i += 4) {
            assertEquals(steps.get(i), steps.get(i + 3));
            assertEquals(steps.get(i), steps.get(i + 1));
        }
    }

    @Test
    void randomZonesStayInTheirZoneUntilZonesizeBytes() {
        // zonesize=8k zonerange=16k on 64k: two I/Os in [0,16k), two in [16k,32k), ...
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDREAD).zones(8192, 16384, 0).build();
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 65536)}, RandomSeeds.repeatable(0));
        for (int i = 0; i < 16; i++) {
            assertEquals(IoPlanner.IO, planner.next());
            long zone = (i / 2) % 4;
            assertEquals(zone, planner.offsetBytes() / 16384, "I/O " + i + " at " + planner.offsetBytes());
        }
        assertEquals(IoPlanner.LOOP_END, planner.next());
    }

    @Test
    void randrwMovesSizeBytesPerLoopAcrossBothDirections() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDRW).loops(2).build();
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 1 << 20)}, RandomSeeds.repeatable(0));
        List<Long> bytesPerLoop = new ArrayList<>();
        long bytes = 0;
        for (int step = planner.next(); step != IoPlanner.DONE; step = planner.next()) {
            if (step == IoPlanner.IO) {
                bytes += planner.lengthBytes();
            } else if (step == IoPlanner.LOOP_END) {
                bytesPerLoop.add(bytes);
                bytes = 0;
            }
        }
        assertEquals(List.of(1L << 20, 1L << 20), bytesPerLoop);
    }

    @Test
    void timeBasedJobsNeverFinish() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDREAD).timeBased(true).build();
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 8 * BS)}, RandomSeeds.repeatable(0));
        int loopEnds = 0;
        for (int i = 0; i < 10_000; i++) {
            int step = planner.next();
            assertTrue(step != IoPlanner.DONE);
            loopEnds += step == IoPlanner.LOOP_END ? 1 : 0;
        }
        assertEquals(10_000 / 9, loopEnds);
    }

    @Test
    void aRegionSmallerThanOneBlockEndsTheJobAtOnce() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDREAD).timeBased(true).build();
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 1000)}, RandomSeeds.repeatable(0));
        assertEquals(IoPlanner.LOOP_END, planner.next());
        assertEquals(IoPlanner.DONE, planner.next());
        assertEquals(IoPlanner.DONE, planner.next());
    }

    /** Counts per block of I/O coverage, one array per loop. */
    private static List<int[]> touchesPerLoop(WorkloadSpec spec, long regionBytes, long blocks) {
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(0, regionBytes)}, RandomSeeds.repeatable(0));
        List<int[]> loops = new ArrayList<>();
        int[] touches = new int[(int) blocks];
        for (int step = planner.next(); step != IoPlanner.DONE; step = planner.next()) {
            if (step == IoPlanner.IO) {
                for (long b = planner.offsetBytes() / BS; b < (planner.offsetBytes() + planner.lengthBytes()) / BS; b++) {
                    touches[(int) b]++;
                }
            } else if (step == IoPlanner.LOOP_END) {
                loops.add(touches);
                touches = new int[(int) blocks];
            }
        }
        return loops;
    }
}
