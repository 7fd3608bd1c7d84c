package io.jfio.engine.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectionMixTest {

    @Test
    void rwmixread70GivesSeventyPercentReadsWithinHalfAPoint() {
        assertEquals(70.0, readPercent(RwPattern.RANDRW, 70, 100_000), 0.5);
    }

    @Test
    void aRateLimitedMixGivesEachDirectionItsOwnRateAsFioDoes() {
        // fio 3.33, randrw rwmixread=70 rate_iops=1000,2000: 1000 reads and 2000 writes a second
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDRW).readPercent(70).noRandomMap(true).build();
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 1L << 40)}, RandomSeeds.repeatable(0));
        RateLimiter rate = new RateLimiter(RateSpec.builder().iops(DataDirection.READ, 1000)
                .iops(DataDirection.WRITE, 2000).build(), new int[] {4096, 4096, 4096}, 0, new Prng(1));
        planner.paceMixBy(rate);
        long second = 1_000_000_000L;
        long now = 0;
        int[] ios = new int[2];
        while (true) {
            assertEquals(IoPlanner.IO, planner.next(now));
            int dir = planner.directionIndex();
            now += rate.delayNanos(dir, now);
            if (now >= 10 * second) {
                break;
            }
            rate.onIssued(dir, planner.lengthBytes(), now);
            ios[dir]++;
        }
        assertEquals(10_000, ios[DataDirection.READ_INDEX], 2);
        assertEquals(20_000, ios[DataDirection.WRITE_INDEX], 2);
    }

    @Test
    void sequentialMixHonoursRwmixreadToo() {
        assertEquals(10.0, readPercent(RwPattern.READWRITE, 10, 100_000), 0.5);
    }

    @Test
    void mixedDirectionsRunInGeometricStretchesAsFiosDo() {
        // fio 3.33 randrw rwmixread=70: 6299 read runs of 1, 4456 of 2, 3198 of 3 (ratio ~0.7)
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDRW).readPercent(70).noRandomMap(true).build();
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 1L << 40)}, RandomSeeds.repeatable(0));
        int[] readRuns = new int[4];
        int run = 0;
        for (int i = 0; i < 200_000; i++) {
            planner.next();
            if (planner.direction() == DataDirection.READ) {
                run++;
            } else {
                if (run >= 1 && run <= 3) {
                    readRuns[run]++;
                }
                run = 0;
            }
        }
        assertEquals(0.7, (double) readRuns[2] / readRuns[1], 0.03);
        assertEquals(0.7, (double) readRuns[3] / readRuns[2], 0.03);
    }

    @Test
    void sequentialMixKeepsOnePositionPerDirection() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.READWRITE).build();
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 1 << 20)}, RandomSeeds.repeatable(0));
        long[] next = new long[2];
        while (planner.next() == IoPlanner.IO) {
            int d = planner.directionIndex();
            assertEquals(next[d], planner.offsetBytes());
            next[d] += planner.lengthBytes();
        }
        assertEquals(1 << 20, next[0] + next[1]);
    }

    @Test
    void randtrimwriteWritesEachTrimmedBlockRightAfter() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDTRIMWRITE).build();
        List<String> steps = PlannerTrace.ioSteps(
                new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 64 * 1024)}, RandomSeeds.repeatable(0)), 100);
        assertEquals(32, steps.size());
        for (int i = 0; i < steps.size(); i += 2) {
            assertTrue(steps.get(i).startsWith("0 trim "));
            assertEquals(steps.get(i).replace("trim", "write"), steps.get(i + 1));
        }
    }

    @Test
    void fsyncEveryNWritesIgnoresReadsInBetween() {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(RwPattern.RANDRW).fsyncEveryWrites(4).build();
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 4 << 20)}, RandomSeeds.repeatable(0));
        int writes = 0;
        int syncs = 0;
        int writesSinceSync = 0;
        for (int step = planner.next(); step != IoPlanner.DONE; step = planner.next()) {
            if (step == IoPlanner.SYNC) {
                assertEquals(4, writesSinceSync);
                writesSinceSync = 0;
                syncs++;
            } else if (step == IoPlanner.IO && planner.direction() == DataDirection.WRITE) {
                writes++;
                writesSinceSync++;
            }
        }
        assertEquals((writes - 1) / 4, syncs);
    }

    private static double readPercent(RwPattern pattern, int rwmixread, int ios) {
        WorkloadSpec spec = WorkloadSpec.builder().pattern(pattern).readPercent(rwmixread).noRandomMap(true).build();
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {new FileRegion(0, 1L << 40)}, RandomSeeds.repeatable(0));
        int reads = 0;
        for (int i = 0; i < ios; i++) {
            assertEquals(IoPlanner.IO, planner.next());
            reads += planner.direction() == DataDirection.READ ? 1 : 0;
        }
        return 100.0 * reads / ios;
    }
}
