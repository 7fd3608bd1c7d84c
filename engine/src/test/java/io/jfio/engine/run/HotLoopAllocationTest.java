package io.jfio.engine.run;

import io.jfio.engine.output.status.JobProgress;
import io.jfio.engine.output.status.JobState;
import io.jfio.model.result.Direction;
import io.jfio.model.result.RunResult;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The I/O loop allocates nothing per I/O: heap allocated by the worker thread between RUNNING and FINISHING. */
class HotLoopAllocationTest {

    private static final int IOS = 100_000;

    /** Records the worker thread's allocation counter as it enters RUNNING and FINISHING. */
    private static final class AllocationProbe implements RunListener {
        private final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        volatile long atRunning = -1;
        volatile long atFinishing = -1;

        @Override
        public void jobStateChanged(JobProgress job, JobState state) {
            if (state == JobState.RUNNING) {
                atRunning = threads.getCurrentThreadAllocatedBytes();
            } else if (state == JobState.FINISHING) {
                atFinishing = threads.getCurrentThreadAllocatedBytes();
            }
        }
    }

    @Test
    void aHundredThousandNullIosAllocateAlmostNothing() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        String job = "[alloc]\nioengine=null\nrw=randread\nbs=4k\nsize=" + (IOS * 4096L) + "\n";
        TestRuns.run(job); // warms up the JIT and loads every class the loop uses
        AllocationProbe probe = new AllocationProbe();
        RunResult result = TestRuns.run(job, probe);
        assertEquals(IOS, result.jobs().get(0).stats().direction(Direction.READ).ios());
        long allocated = probe.atFinishing - probe.atRunning;
        assertTrue(probe.atRunning >= 0 && probe.atFinishing >= 0);
        // the two state notifications allocate a progress snapshot each; 100k I/Os must add nothing
        assertTrue(allocated < 16 * 1024, allocated + " bytes allocated by the I/O loop for " + IOS + " I/Os");
    }
}
