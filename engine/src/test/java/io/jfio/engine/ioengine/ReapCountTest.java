package io.jfio.engine.ioengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reap loops of the asynchronous engines return exactly what was submitted: every unit once,
 * never more, and a minimum above the number outstanding is clamped rather than waited for.
 */
class ReapCountTest {

    private static final int DEPTH = 32;

    @TempDir
    Path directory;

    private IoEngine engine;
    private IoUnitSet units;
    private IoFile file;

    private void open(String engineName, EngineOptions options) throws Exception {
        EngineInfo info = IoEngines.require(engineName);
        assumeTrue(info.isAvailable(), info::unavailableReason);
        Path path = TestFiles.allocatedFile(directory, "f", DEPTH * TestFiles.BLOCK);
        units = IoUnitSet.allocate(DEPTH, TestFiles.BLOCK, 4096);
        engine = info.create(options, units);
        file = engine.openFile(FileOpenSpec.forReading(path.toString()));
    }

    private void close() throws Exception {
        engine.closeFile(file);
        engine.close();
        units.close();
    }

    private void queueAll(int count) {
        for (int i = 0; i < count; i++) {
            IoUnit unit = units.unit(i);
            unit.prepare(IoDirection.READ, file, (long) i * TestFiles.BLOCK, TestFiles.BLOCK);
            assertEquals(QueueStatus.QUEUED, engine.queue(unit));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"libaio", "io_uring", "io_uring+sqthread_poll", "posixaio", "null"})
    void reapingReturnsEachSubmittedUnitExactlyOnce(String variant) throws Exception {
        open(variant.split("\\+")[0], EngineOptions.defaults().withSqThreadPoll(variant.endsWith("sqthread_poll")));
        try {
            queueAll(DEPTH);
            assertEquals(DEPTH, engine.outstanding());
            assertEquals(DEPTH, engine.commit());
            Set<Integer> seen = new HashSet<>();
            int reaped = 0;
            while (reaped < DEPTH) {
                int n = engine.getEvents(1, 5);
                assertTrue(n >= 1 && n <= 5, "getEvents(1, 5) returned " + n);
                for (int i = 0; i < n; i++) {
                    IoUnit unit = engine.event(i);
                    assertTrue(seen.add(unit.index()), "unit " + unit.index() + " reaped twice");
                    assertEquals(TestFiles.BLOCK, unit.resultBytes());
                    assertTrue(unit.issueNanos() > 0 && unit.completionNanos() >= unit.issueNanos());
                }
                reaped += n;
            }
            assertEquals(DEPTH, reaped);
            assertEquals(0, engine.outstanding());
            assertEquals(0, engine.getEvents(0, DEPTH), "nothing left to reap");
        } finally {
            close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"libaio", "io_uring", "posixaio", "null"})
    void minimumAboveOutstandingIsClampedNotAwaited(String engineName) throws Exception {
        open(engineName, EngineOptions.defaults());
        try {
            queueAll(10);
            assertEquals(10, engine.commit());
            int reaped = 0;
            while (reaped < 10) {
                reaped += engine.getEvents(DEPTH, DEPTH); // asks for more than will ever complete
            }
            assertEquals(10, reaped);
            assertEquals(0, engine.outstanding());
        } finally {
            close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"libaio", "io_uring"})
    void oneCommitSubmitsTheWholeBatch(String engineName) throws Exception {
        open(engineName, EngineOptions.defaults());
        try {
            queueAll(DEPTH);
            assertEquals(DEPTH, engine.commit(), "one commit hands every queued unit to the kernel");
            assertEquals(0, engine.commit(), "nothing left to submit");
            assertEquals(DEPTH, drain());
        } finally {
            close();
        }
    }

    private int drain() throws Exception {
        int reaped = 0;
        while (engine.outstanding() > 0) {
            reaped += engine.getEvents(engine.outstanding(), DEPTH);
        }
        return reaped;
    }
}
