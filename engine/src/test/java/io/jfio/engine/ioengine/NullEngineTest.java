package io.jfio.engine.ioengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The null engine touches no file and completes every unit with its length. */
class NullEngineTest {

    @Test
    void depthOneCompletesInsideQueueWithoutOpeningAnything() throws Exception {
        try (IoUnitSet units = IoUnitSet.allocate(1, 4096, 4096);
             IoEngine engine = IoEngines.create("null", EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forReading("/nonexistent/jfio/file"));
            assertFalse(file.isOpen());
            IoUnit unit = units.unit(0);
            unit.prepare(IoDirection.WRITE, file, 1L << 40, 4096);
            assertEquals(QueueStatus.COMPLETED, engine.queue(unit));
            assertEquals(4096, unit.resultBytes());
        }
    }

    @Test
    void depthOneTimesItsQueueCallBetweenTwoClockReadings() throws Exception {
        try (IoUnitSet units = IoUnitSet.allocate(1, 4096, 4096);
             IoEngine engine = IoEngines.create("null", EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forReading("/nonexistent"));
            IoUnit unit = units.unit(0);
            long clatSum = 0;
            for (int i = 0; i < 10_000; i++) {
                unit.prepare(IoDirection.READ, file, 0, 4096);
                long before = System.nanoTime();
                engine.queue(unit);
                long after = System.nanoTime();
                assertTrue(before <= unit.issueNanos() && unit.issueNanos() <= unit.completionNanos()
                        && unit.completionNanos() <= after, "issue and completion lie within the queue call");
                clatSum += unit.completionNanos() - unit.issueNanos();
            }
            // fio 3.33's null engine: clat min 9 ns, mean 27 ns; two back-to-back clock readings are never 0 on average
            assertTrue(clatSum > 0, "the null engine's clat must not be 0");
        }
    }

    @Test
    void deeperQueueCompletesAtReapInSubmissionOrder() throws Exception {
        try (IoUnitSet units = IoUnitSet.allocate(8, 4096, 4096);
             IoEngine engine = IoEngines.create("null", EngineOptions.defaults(), units)) {
            IoFile file = engine.openFile(FileOpenSpec.forReading("/nonexistent"));
            for (int i = 0; i < 8; i++) {
                units.unit(i).prepare(IoDirection.READ, file, i * 512L, 512);
                assertEquals(QueueStatus.QUEUED, engine.queue(units.unit(i)));
            }
            assertEquals(8, engine.commit());
            assertEquals(3, engine.getEvents(1, 3));
            assertEquals(0, engine.event(0).index());
            assertEquals(2, engine.event(2).index());
            assertEquals(5, engine.getEvents(5, 8));
            assertEquals(7, engine.event(4).index());
            assertEquals(512, engine.event(4).resultBytes());
            assertEquals(0, engine.outstanding());
        }
    }
}
