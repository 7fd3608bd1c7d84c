package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.LibC;

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
        long result;
        switch (unit.direction()) {
            case READ:
                setIovec(unit);
                unit.issued(System.nanoTime());
                result = LibC.preadv(unit.file().fd(), iovecAddress, 1, unit.offsetBytes());
                break;
            case WRITE:
                setIovec(unit);
                unit.issued(System.nanoTime());
                result = LibC.pwritev(unit.file().fd(), iovecAddress, 1, unit.offsetBytes());
                break;
            default:
                InlineOps.completeNonData(unit, rangeScratchAddress);
                return QueueStatus.COMPLETED;
        }
        unit.completed(InlineOps.bytesOrErrno(result), System.nanoTime());
        return QueueStatus.COMPLETED;
    }
}
