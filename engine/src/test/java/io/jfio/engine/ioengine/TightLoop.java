package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.NativeIoException;

/**
 * Random 4k-style reads through an engine with the job runner's shape (queue every free unit,
 * commit once, reap 1..iodepth) and nothing allocated per I/O: an int free-stack and an LCG for
 * offsets. Used by the allocation test and {@link SpeedSanity}. Single-threaded.
 */
final class TightLoop {

    private final IoEngine engine;
    private final IoUnitSet units;
    private final IoFile file;
    private final long blocks;
    private final int blockBytes;
    private final int[] freeStack;
    private int freeCount;
    private long offsetState = 1;
    private int errors;

    TightLoop(IoEngine engine, IoUnitSet units, IoFile file, long blocks, int blockBytes) {
        this.engine = engine;
        this.units = units;
        this.file = file;
        this.blocks = blocks;
        this.blockBytes = blockBytes;
        this.freeStack = new int[units.size()];
        for (int i = 0; i < freeStack.length; i++) {
            freeStack[freeCount++] = i;
        }
    }

    int errors() {
        return errors;
    }

    private long nextOffset() {
        offsetState = offsetState * 6364136223846793005L + 1442695040888963407L;
        return ((offsetState >>> 33) % blocks) * blockBytes;
    }

    /** Runs exactly {@code count} reads; returns the number completed. */
    int run(int count) throws NativeIoException {
        return (int) run(count, Long.MAX_VALUE);
    }

    /** Runs reads until {@code count} are done or {@code deadlineNanos} passes; returns the number completed. */
    long run(long count, long deadlineNanos) throws NativeIoException {
        long issued = 0;
        long completed = 0;
        while (completed < issued || (issued < count && System.nanoTime() < deadlineNanos)) {
            boolean stopIssuing = System.nanoTime() >= deadlineNanos;
            // at most one round of iodepth queues before committing (a synchronous engine frees each unit at once)
            for (int round = 0; !stopIssuing && round < freeStack.length && issued < count && freeCount > 0; round++) {
                IoUnit unit = units.unit(freeStack[--freeCount]);
                unit.prepare(IoDirection.READ, file, nextOffset(), blockBytes);
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
