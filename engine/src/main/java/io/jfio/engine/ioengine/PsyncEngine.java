package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.LibC;

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
        long result;
        switch (unit.direction()) {
            case READ:
                unit.issued(System.nanoTime());
                result = LibC.pread(unit.file().fd(), unit.dataAddress(), unit.lengthBytes(), unit.offsetBytes());
                break;
            case WRITE:
                unit.issued(System.nanoTime());
                result = LibC.pwrite(unit.file().fd(), unit.dataAddress(), unit.lengthBytes(), unit.offsetBytes());
                break;
            default:
                InlineOps.completeNonData(unit, rangeScratchAddress);
                return QueueStatus.COMPLETED;
        }
        unit.completed(InlineOps.bytesOrErrno(result), System.nanoTime());
        return QueueStatus.COMPLETED;
    }
}
