package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.HotCalls;
import io.jfio.engine.nativeio.LibC;
import io.jfio.engine.nativeio.OpenFlags;

/**
 * fio's {@code sync}: lseek(2) then read(2)/write(2). As fio, it remembers the file position and
 * skips the lseek when the I/O starts where the last one ended (sequential I/O costs one call).
 * Confined to its worker thread.
 */
public final class SyncEngine extends SynchronousEngine {

    SyncEngine(EngineOptions options, IoUnitSet units) {
    }

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public QueueStatus queue(IoUnit unit) {
        IoDirection direction = unit.direction();
        if (!direction.isData()) {
            return completeInline(unit);
        }
        IoFile file = unit.file();
        int fd = file.fd();
        unit.issued(System.nanoTime());
        if (file.positionBytes != unit.offsetBytes()) {
            if (LibC.lseek(fd, unit.offsetBytes(), OpenFlags.SEEK_SET) < 0) {
                file.positionBytes = -1;
                unit.completed(InlineOps.bytesOrErrno(-1), System.nanoTime());
                return QueueStatus.COMPLETED;
            }
        }
        long bytes = direction == IoDirection.READ
                ? HotCalls.read(fd, unit.dataAddress(), unit.lengthBytes())
                : HotCalls.write(fd, unit.dataAddress(), unit.lengthBytes());
        file.positionBytes = bytes >= 0 ? unit.offsetBytes() + bytes : -1;
        unit.completed(bytes, System.nanoTime());
        return QueueStatus.COMPLETED;
    }
}
