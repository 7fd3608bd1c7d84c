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
 * by less than 4 KiB (i.e. far below one object per I/O). The loop is {@link TightLoop}.
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
            TightLoop loop = new TightLoop(engine, units, file, FILE_BLOCKS, TestFiles.BLOCK);
            assertEquals(IOS, loop.run(IOS)); // warm-up: class initialisation, JIT
            long threadId = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(threadId);
            int done = loop.run(IOS);
            long allocated = threads.getThreadAllocatedBytes(threadId) - before;
            engine.closeFile(file);
            assertEquals(IOS, done);
            assertEquals(0, loop.errors());
            assertTrue(allocated < ALLOWED_BYTES, engineName + " allocated " + allocated + " bytes for " + IOS + " I/Os");
        }
    }
}
