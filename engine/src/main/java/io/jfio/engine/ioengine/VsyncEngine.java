package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.HotCalls;
import io.jfio.engine.nativeio.LibC;
import io.jfio.engine.nativeio.NativeMemory;
import io.jfio.engine.nativeio.OpenFlags;

/**
 * fio's {@code vsync}: readv(2)/writev(2) after lseek(2). Like fio's, it coalesces: units that
 * continue the queued run (same file, same direction, next offset) are queued, and
 * {@link #commit()} moves the whole run with one readv/writev (one iovec per unit); a unit that
 * does not continue the run is refused BUSY until the run is committed. The bytes a short transfer
 * did move are credited to the units in order.
 *
 * <p>Confined to its worker thread.
 */
public final class VsyncEngine implements IoEngine {

    /** Linux IOV_MAX. */
    private static final int MAX_IOVECS = 1024;

    private final IoUnit[] units;
    private final int maxRun;
    private final long iovecs;
    private final long rangeScratchAddress;
    private final int[] run;
    private int runLength;
    private long runNextOffset;
    private final UnitFifo done;
    private final int[] events;
    private boolean closed;

    VsyncEngine(EngineOptions options, IoUnitSet unitSet) {
        this.units = unitSet.units();
        this.maxRun = Math.min(units.length, MAX_IOVECS);
        this.iovecs = NativeMemory.allocateZeroed(16L * maxRun + 16);
        this.rangeScratchAddress = iovecs + 16L * maxRun;
        this.run = new int[maxRun];
        this.done = new UnitFifo(units.length);
        this.events = new int[units.length];
    }

    @Override
    public String name() {
        return "vsync";
    }

    @Override
    public QueueStatus queue(IoUnit unit) {
        if (!unit.direction().isData()) {
            return InlineOps.completeWhenIdle(unit, runLength, rangeScratchAddress);
        }
        if (runLength > 0) {
            IoUnit first = units[run[0]];
            if (runLength == maxRun || first.file() != unit.file() || first.direction() != unit.direction()
                    || unit.offsetBytes() != runNextOffset) {
                return QueueStatus.BUSY;
            }
        }
        long iovec = iovecs + 16L * runLength;
        NativeMemory.putLong(iovec, unit.dataAddress());
        NativeMemory.putLong(iovec + 8, unit.lengthBytes());
        run[runLength++] = unit.index();
        runNextOffset = unit.offsetBytes() + unit.lengthBytes();
        return QueueStatus.QUEUED;
    }

    @Override
    public int commit() {
        int count = runLength;
        if (count == 0) {
            return 0;
        }
        IoUnit first = units[run[0]];
        IoFile file = first.file();
        int fd = file.fd();
        long now = System.nanoTime();
        for (int i = 0; i < count; i++) {
            units[run[i]].issued(now);
        }
        long bytes;
        if (file.positionBytes != first.offsetBytes()
                && LibC.lseek(fd, first.offsetBytes(), OpenFlags.SEEK_SET) < 0) {
            bytes = InlineOps.bytesOrErrno(-1);
        } else {
            bytes = first.direction() == IoDirection.READ
                    ? HotCalls.readv(fd, iovecs, count)
                    : HotCalls.writev(fd, iovecs, count);
        }
        file.positionBytes = bytes >= 0 ? first.offsetBytes() + bytes : -1;
        now = System.nanoTime();
        for (int i = 0; i < count; i++) {
            IoUnit unit = units[run[i]];
            if (bytes < 0) {
                unit.completed(bytes, now);
            } else {
                long credited = Math.min(bytes, unit.lengthBytes());
                unit.completed(credited, now);
                bytes -= credited;
            }
            done.add(unit.index());
        }
        runLength = 0;
        return count;
    }

    @Override
    public int getEvents(int minEvents, int maxEvents) {
        int count = Math.min(maxEvents, done.size());
        for (int i = 0; i < count; i++) {
            events[i] = done.remove();
        }
        return count;
    }

    @Override
    public IoUnit event(int index) {
        return units[events[index]];
    }

    @Override
    public int outstanding() {
        return runLength + done.size();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            runLength = 0;
            done.clear();
            NativeMemory.free(iovecs);
        }
    }
}
