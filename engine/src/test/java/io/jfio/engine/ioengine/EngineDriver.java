package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.NativeIoException;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Test-side job loop: runs a list of I/Os through an engine the way the job runner will (queue
 * until no unit is free, commit every {@code batchSubmit}, reap min 1..max), counting the
 * largest number of units the engine held at once. Single-threaded.
 */
final class EngineDriver {

    /** One I/O to run. */
    record Io(IoDirection direction, long offsetBytes, int lengthBytes) {
    }

    /** What a run saw. */
    record Stats(int completed, int maxOutstanding, int busyCount, int reapCalls, int errors) {
    }

    interface Preparer {
        void prepare(IoUnit unit, Io io);
    }

    private EngineDriver() {
    }

    static Stats run(IoEngine engine, IoUnitSet units, IoFile file, List<Io> ios, int batchSubmit,
                     Preparer beforeQueue, Consumer<IoUnit> onComplete) throws NativeIoException {
        ArrayDeque<IoUnit> free = new ArrayDeque<>();
        for (int i = 0; i < units.size(); i++) {
            free.push(units.unit(i));
        }
        int next = 0;
        int completed = 0;
        int outstanding = 0;
        int maxOutstanding = 0;
        int busy = 0;
        int reapCalls = 0;
        int errors = 0;
        int sinceCommit = 0;
        while (completed < ios.size()) {
            while (next < ios.size() && !free.isEmpty()) {
                IoUnit unit = free.pop();
                Io io = ios.get(next);
                unit.prepare(io.direction(), file, io.offsetBytes(), io.lengthBytes());
                beforeQueue.prepare(unit, io);
                unit.setStartNanos(System.nanoTime());
                QueueStatus status = engine.queue(unit);
                if (status == QueueStatus.BUSY) {
                    free.push(unit);
                    busy++;
                    break;
                }
                next++;
                if (status == QueueStatus.COMPLETED) {
                    errors += unit.failed() ? 1 : 0;
                    onComplete.accept(unit);
                    completed++;
                    free.push(unit);
                } else {
                    outstanding++;
                    maxOutstanding = Math.max(maxOutstanding, outstanding);
                    if (++sinceCommit >= batchSubmit) {
                        engine.commit();
                        sinceCommit = 0;
                    }
                }
            }
            engine.commit();
            sinceCommit = 0;
            if (outstanding > 0) {
                int n = engine.getEvents(1, units.size());
                reapCalls++;
                for (int i = 0; i < n; i++) {
                    IoUnit unit = engine.event(i);
                    errors += unit.failed() ? 1 : 0;
                    onComplete.accept(unit);
                    free.push(unit);
                }
                completed += n;
                outstanding -= n;
            }
        }
        return new Stats(completed, maxOutstanding, busy, reapCalls, errors);
    }
}
