package io.jfio.engine.ioengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The I/O path allocates nothing: 100k I/Os on the calling thread move its allocated-bytes counter
 * by less than 4 KiB (i.e. far below one object per I/O). The loop is the job runner's shape with
 * an int free-stack instead of collections.
 */
class AllocationFreeTest {

    private static final int IOS = 100_000;
    private static final int FILE_BLOCKS = 256;
    private static final long ALLOWED_BYTES = 4096;

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0} iodepth={1}")
    @CsvSource({"null,1", "null,32", "psync,1", "sync,1", "pvsync2,1", "mmap,1", "libaio,32", "io_uring,32"})
    void hundredThousandIosAllocateNothing(String engineName, int depth) throws Exception {
        EngineInfo info = IoEngines.require(engineName);
        assumeTrue(info.isAvailable(), info::unavailableReason);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "no per-thread allocation counter in this JVM");
        threads.setThreadAllocatedMemoryEnabled(true);
        Path path = TestFiles.allocatedFile(directory, "f", FILE_BLOCKS * TestFiles.BLOCK);
        try (IoUnitSet units = IoUnitSet.allocate(depth, TestFiles.BLOCK, 4096);
             IoEngine engine = info.create(EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forReading(path.toString()));
            Loop loop = new Loop(engine, units, file);
            assertEquals(IOS, loop.run(IOS)); // warm-up: class initialisation, JIT
            long threadId = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(threadId);
            int done = loop.run(IOS);
            long allocated = threads.getThreadAllocatedBytes(threadId) - before;
            engine.closeFile(file);
            assertEquals(IOS, done);
            assertEquals(0, loop.errors);
            assertTrue(allocated < ALLOWED_BYTES, engineName + " allocated " + allocated + " bytes for " + IOS + " I/Os");
        }
    }

    /** The hot loop under test; its state is preallocated. */
    private static final class Loop {
        private final IoEngine engine;
        private final IoUnitSet units;
        private final IoFile file;
        private final int[] freeStack;
        private int freeCount;
        private long offsetState = 1;
        int errors;

        Loop(IoEngine engine, IoUnitSet units, IoFile file) {
            this.engine = engine;
            this.units = units;
            this.file = file;
            this.freeStack = new int[units.size()];
            for (int i = 0; i < freeStack.length; i++) {
                freeStack[freeCount++] = i;
            }
        }

        private long nextOffset() {
            offsetState = offsetState * 6364136223846793005L + 1442695040888963407L;
            return ((offsetState >>> 33) % FILE_BLOCKS) * TestFiles.BLOCK;
        }

        int run(int count) throws Exception {
            int issued = 0;
            int completed = 0;
            while (completed < count) {
                while (issued < count && freeCount > 0) {
                    IoUnit unit = units.unit(freeStack[--freeCount]);
                    unit.prepare(IoDirection.READ, file, nextOffset(), TestFiles.BLOCK);
                    unit.setStartNanos(System.nanoTime());
                    if (engine.queue(unit) == QueueStatus.COMPLETED) {
                        errors += unit.failed() ? 1 : 0;
                        freeStack[freeCount++] = unit.index();
                        completed++;
                    }
                    issued++;
                }
                engine.commit();
                if (engine.outstanding() > 0) {
                    int n = engine.getEvents(1, units.size());
                    for (int i = 0; i < n; i++) {
                        IoUnit unit = engine.event(i);
                        errors += unit.failed() ? 1 : 0;
                        freeStack[freeCount++] = unit.index();
                    }
                    completed += n;
                }
            }
            return completed;
        }
    }
}
