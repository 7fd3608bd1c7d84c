package io.jfio.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomSeedsTest {

    @Test
    void randrepeatGivesTheSameOffsetsInEveryInstance() {
        assertEquals(randomOffsets(RandomSeeds.repeatable(0)), randomOffsets(RandomSeeds.repeatable(0)));
    }

    @Test
    void anotherRandseedGivesOtherOffsets() {
        assertNotEquals(randomOffsets(RandomSeeds.fromRandSeed(1, 0)), randomOffsets(RandomSeeds.fromRandSeed(2, 0)));
    }

    @Test
    void theSameRandseedRepeats() {
        assertEquals(randomOffsets(RandomSeeds.fromRandSeed(99, 0)), randomOffsets(RandomSeeds.fromRandSeed(99, 0)));
    }

    @Test
    void clonesOfAJobVisitOtherOffsets() {
        assertNotEquals(randomOffsets(RandomSeeds.repeatable(0)), randomOffsets(RandomSeeds.repeatable(1)));
    }

    @Test
    void randrepeatOffDiffersBetweenRuns() {
        RandomSeeds a = RandomSeeds.of(false, false, 0, 0);
        RandomSeeds b = RandomSeeds.of(false, false, 0, 0);
        assertFalse(a.isRepeatable());
        assertNotEquals(randomOffsets(a), randomOffsets(b));
    }

    @Test
    void randseedWinsOverRandrepeatOff() {
        RandomSeeds seeded = RandomSeeds.of(false, true, 5, 0);
        assertTrue(seeded.isRepeatable());
        assertEquals(randomOffsets(seeded), randomOffsets(RandomSeeds.fromRandSeed(5, 0)));
    }

    @Test
    void everyStreamHasItsOwnSeed() {
        RandomSeeds seeds = RandomSeeds.repeatable(0);
        Set<Long> distinct = new HashSet<>();
        for (RandomStream s : RandomStream.values()) {
            distinct.add(seeds.seedFor(s));
        }
        assertEquals(RandomStream.values().length, distinct.size());
    }

    @Test
    void changingTheBlockSizeMixLeavesOffsetsAlone() {
        WorkloadSpec fixed = WorkloadSpec.builder().pattern(RwPattern.RANDREAD).noRandomMap(true).build();
        WorkloadSpec split = WorkloadSpec.builder().pattern(RwPattern.RANDREAD).noRandomMap(true)
                .blockSize(BlockSizeSpec.split(new int[] {4096, 8192}, new int[] {50, 50})).build();
        IoPlanner a = new IoPlanner(fixed, new FileRegion[] {new FileRegion(0, 1 << 30)}, RandomSeeds.repeatable(0));
        IoPlanner b = new IoPlanner(split, new FileRegion[] {new FileRegion(0, 1 << 30)}, RandomSeeds.repeatable(0));
        for (int i = 0; i < 1000; i++) {
            a.next();
            b.next();
            assertEquals(a.offsetBytes(), b.offsetBytes(), "I/O " + i);
        }
    }

    private static List<String> randomOffsets(RandomSeeds seeds) {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDREAD).build();
        return PlannerTrace.run(new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 4096 * 257)}, seeds), 1000);
    }
}
