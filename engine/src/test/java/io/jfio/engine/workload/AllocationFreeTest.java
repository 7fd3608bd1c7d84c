package io.jfio.engine.workload;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/** The per-I/O calls allocate nothing: measured with the JVM's per-thread allocation counter. */
class AllocationFreeTest {
    private static final int CALLS = 1_000_000;

    static Stream<WorkloadSpec> workloads() {
        return Stream.of(
                WorkloadSpec.builder().pattern(RwPattern.READ).timeBased(true).build(),
                WorkloadSpec.builder().pattern(RwPattern.RANDREAD).timeBased(true).build(),
                WorkloadSpec.builder().pattern(RwPattern.RANDRW).readPercent(70).timeBased(true)
                        .blockSize(BlockSizeSpec.split(new int[] {4096, 65536}, new int[] {80, 20}))
                        .fsyncEveryWrites(16).build(),
                WorkloadSpec.builder().pattern(RwPattern.RANDWRITE).noRandomMap(true).timeBased(true)
                        .distribution(DistributionSpec.zipf(1.2)).blockSize(BlockSizeSpec.range(4096, 65536)).build(),
                WorkloadSpec.builder().pattern(RwPattern.RANDREAD).timeBased(true)
                        .distribution(DistributionSpec.normal(10)).percentageRandom(50).build(),
                WorkloadSpec.builder().pattern(RwPattern.RANDREAD).timeBased(true)
                        .randomGenerator(RandomGeneratorKind.LFSR).build(),
                WorkloadSpec.builder().pattern(RwPattern.RANDTRIMWRITE).timeBased(true).build());
    }

    @ParameterizedTest
    @MethodSource("workloads")
    void plannerAllocatesNothingPerCall(WorkloadSpec spec) {
        com.sun.management.ThreadMXBean threads = allocationCounter();
        IoPlanner planner = new IoPlanner(spec, new FileRegion[] {
            new FileRegion(0, 64L << 20), new FileRegion(0, 3L << 20)}, RandomSeeds.repeatable(0));
        drive(planner);
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        long checksum = drive(planner);
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(allocated < 1024, "allocated " + allocated + " bytes in " + CALLS + " calls (checksum " + checksum + ")");
    }

    @org.junit.jupiter.api.Test
    void pacingAllocatesNothingPerCall() {
        com.sun.management.ThreadMXBean threads = allocationCounter();
        RateLimiter linear = new RateLimiter(RateSpec.builder().iops(DataDirection.READ, 1000).build(),
                new int[] {4096, 4096, 4096}, 0, new Prng(1));
        RateLimiter poisson = new RateLimiter(RateSpec.builder().bytesPerSecond(DataDirection.WRITE, 1 << 20)
                .process(RateProcess.POISSON).build(), new int[] {4096, 4096, 4096}, 0, new Prng(1));
        MinRateMonitor monitor = new MinRateMonitor(RateSpec.builder().minIops(DataDirection.READ, 1).build(), 0);
        ThinkTime think = new ThinkTime(new ThinkTimeSpec(1000, 100, 4, false, 0), 0);
        pace(linear, poisson, monitor, think);
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        long checksum = pace(linear, poisson, monitor, think);
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(allocated < 1024, "allocated " + allocated + " bytes (checksum " + checksum + ")");
    }

    private static long drive(IoPlanner planner) {
        long checksum = 0;
        for (int i = 0; i < CALLS; i++) {
            int step = planner.next();
            checksum += step + planner.offsetBytes() + planner.lengthBytes() + planner.directionIndex()
                    + planner.fileIndex() + planner.direction().ordinal();
        }
        return checksum;
    }

    private static long pace(RateLimiter linear, RateLimiter poisson, MinRateMonitor monitor, ThinkTime think) {
        long checksum = 0;
        long now = 0;
        for (int i = 0; i < CALLS; i++) {
            now += linear.delayNanos(DataDirection.READ_INDEX, now) + poisson.delayNanos(DataDirection.WRITE_INDEX, now);
            linear.onIssued(DataDirection.READ_INDEX, 4096, now);
            poisson.onIssued(DataDirection.WRITE_INDEX, 4096, now);
            monitor.onCompleted(DataDirection.READ_INDEX, 4096);
            checksum += monitor.check(now) ? 1 : 0;
            checksum += think.afterCompletions(1, now);
        }
        return checksum + now;
    }

    private static com.sun.management.ThreadMXBean allocationCounter() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no per-thread allocation counter");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported(), "no per-thread allocation counter");
        threads.setThreadAllocatedMemoryEnabled(true);
        return threads;
    }
}
