package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.HotCalls;

/** fio's {@code pvsync}: preadv(2)/pwritev(2) with one iovec per I/O. Confined to its worker thread. */
public final class PvsyncEngine extends SynchronousEngine {

    PvsyncEngine(EngineOptions options, IoUnitSet units) {
    }

    @Override
    public String name() {
        return "pvsync";
    }

    @Override
    public QueueStatus queue(IoUnit unit) {
        IoDirection direction = unit.direction();
        if (!direction.isData()) {
            return completeInline(unit);
        }
        setIovec(unit);
        unit.issued(System.nanoTime());
        return finish(unit, direction == IoDirection.READ
                ? HotCalls.preadv(unit.file().fd(), iovecAddress, 1, unit.offsetBytes())
                : HotCalls.pwritev(unit.file().fd(), iovecAddress, 1, unit.offsetBytes()));
    }
}
