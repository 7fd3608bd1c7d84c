package io.jfio.engine.nativeio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.junit.jupiter.api.Test;

class ThreadUsageTest {

    /** Compared with the JVM's own per-thread CPU clock, so a busy machine does not matter. */
    @Test
    void cpuTimeOfCallingThreadMatchesTheJvmThreadCpuClock() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (ThreadUsage before = new ThreadUsage(); ThreadUsage after = new ThreadUsage()) {
            long jvmBefore = threads.getCurrentThreadCpuTime();
            before.sample();
            long x = 0;
            while (threads.getCurrentThreadCpuTime() - jvmBefore < 100_000_000L) {
                for (int i = 0; i < 10_000; i++) {
                    x += x * 31 + 7;
                }
            }
            after.sample();
            long jvmCpu = threads.getCurrentThreadCpuTime() - jvmBefore;
            long cpu = (after.userNanos() + after.systemNanos()) - (before.userNanos() + before.systemNanos());
            assertTrue(cpu > jvmCpu * 8 / 10 && cpu < jvmCpu * 12 / 10 + 10_000_000L,
                    "getrusage saw " + cpu + " ns, the JVM " + jvmCpu + " ns (x=" + x + ")");
            assertTrue(after.userNanos() > before.userNanos());
            assertTrue(after.contextSwitches() >= before.contextSwitches());
        }
    }

    @Test
    void touchingFreshMemoryCountsMinorFaults() throws Exception {
        try (ThreadUsage before = new ThreadUsage(); ThreadUsage after = new ThreadUsage()) {
            long size = 8L << 20;
            before.sample();
            long address = LibC.mmap(0, size, OpenFlags.PROT_READ | OpenFlags.PROT_WRITE, 0x22 /* PRIVATE|ANONYMOUS */, -1, 0);
            assertTrue(address != OpenFlags.MAP_FAILED);
            try {
                for (long p = 0; p < size; p += 4096) {
                    NativeMemory.putByte(address + p, (byte) 1);
                }
                after.sample();
            } finally {
                LibC.munmap(address, size);
            }
            assertTrue(after.minorFaults() - before.minorFaults() >= 1000,
                    "2048 fresh pages should fault, saw " + (after.minorFaults() - before.minorFaults()));
            assertEquals(before.majorFaults(), after.majorFaults(), "anonymous memory needs no disk read");
        }
    }
}
