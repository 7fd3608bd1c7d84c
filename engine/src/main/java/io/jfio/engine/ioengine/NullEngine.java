package io.jfio.engine.ioengine;

/**
 * fio's {@code null} engine: no I/O at all; every unit succeeds with its full length. Measures
 * jfio's own per-I/O cost. At iodepth 1 it completes inside queue, stamping the unit issued on entry
 * and completed on a second clock reading before it returns, so clat is what the engine's queue call
 * costs (about one {@code System.nanoTime()}, some 20-30 ns; fio 3.33's null engine reports a mean
 * clat of 27 ns on this kind of machine) and lat adds the loop's own work since the I/O's start.
 * Deeper, it behaves like an asynchronous engine (queue, commit, reap), as fio's does, so the runner's
 * async path is exercised at the same cost: issued at commit, completed at reap; like fio's, it refuses
 * a new unit (BUSY) while committed ones wait to be reaped.
 *
 * <p>Confined to its worker thread.
 */
public final class NullEngine implements IoEngine {

    private final IoUnit[] units;
    private final boolean synchronous;
    /** Queued units, in order; the first {@code committedCount} are committed. */
    private final UnitFifo outstanding;
    private final int[] events;
    private int committedCount;

    NullEngine(EngineOptions options, IoUnitSet unitSet) {
        this.units = unitSet.units();
        this.synchronous = units.length == 1;
        this.outstanding = new UnitFifo(units.length);
        this.events = new int[units.length];
    }

    @Override
    public String name() {
        return "null";
    }

    @Override
    public IoFile openFile(FileOpenSpec spec) {
        return IoFile.diskless(spec);
    }

    @Override
    public void closeFile(IoFile file) {
        // nothing was opened
    }

    @Override
    public QueueStatus queue(IoUnit unit) {
        if (synchronous) {
            // two clock readings, as fio's null engine has: clat is the engine's own cost of an I/O (this
            // call between the readings, about one clock read), not a made-up 0
            unit.issued(System.nanoTime());
            long result = resultOf(unit);
            unit.completed(result, System.nanoTime());
            return QueueStatus.COMPLETED;
        }
        // as fio's null engine: no new unit while committed ones wait to be reaped, so with the default
        // iodepth_batch_submit=1 its queue never grows past 1 (fio 3.33: iodepth=16 shows IO depths 1=100%)
        if (committedCount > 0 || outstanding.isFull()) {
            return QueueStatus.BUSY;
        }
        outstanding.add(unit.index());
        return QueueStatus.QUEUED;
    }

    private static long resultOf(IoUnit unit) {
        return unit.direction() == IoDirection.SYNC || unit.direction() == IoDirection.DATASYNC
                ? 0 : unit.lengthBytes();
    }

    @Override
    public int commit() {
        int count = outstanding.size() - committedCount;
        if (count == 0) {
            return 0;
        }
        long now = System.nanoTime();
        for (int i = committedCount; i < committedCount + count; i++) {
            units[outstanding.get(i)].issued(now);
        }
        committedCount += count;
        return count;
    }

    @Override
    public int getEvents(int minEvents, int maxEvents) {
        int count = Math.min(maxEvents, committedCount);
        long now = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int index = outstanding.remove();
            events[i] = index;
            IoUnit unit = units[index];
            unit.completed(resultOf(unit), now);
        }
        committedCount -= count;
        return count;
    }

    @Override
    public IoUnit event(int index) {
        return units[events[index]];
    }

    @Override
    public int outstanding() {
        return outstanding.size();
    }

    @Override
    public void close() {
        outstanding.clear();
        committedCount = 0;
    }
}
