package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.HotCalls;

/** fio's {@code psync}: pread(2)/pwrite(2), one I/O per call. Confined to its worker thread. */
public final class PsyncEngine extends SynchronousEngine {

    PsyncEngine(EngineOptions options, IoUnitSet units) {
    }

    @Override
    public String name() {
        return "psync";
    }

    @Override
    public QueueStatus queue(IoUnit unit) {
        IoDirection direction = unit.direction();
        if (!direction.isData()) {
            return completeInline(unit);
        }
        unit.issued(System.nanoTime());
        return finish(unit, direction == IoDirection.READ
                ? HotCalls.pread(unit.file().fd(), unit.dataAddress(), unit.lengthBytes(), unit.offsetBytes())
                : HotCalls.pwrite(unit.file().fd(), unit.dataAddress(), unit.lengthBytes(), unit.offsetBytes()));
    }
}
