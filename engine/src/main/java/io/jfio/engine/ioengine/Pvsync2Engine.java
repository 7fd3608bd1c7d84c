package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.Errno;
import io.jfio.engine.nativeio.HotCalls;
import io.jfio.engine.nativeio.OpenFlags;

/**
 * fio's {@code pvsync2}: preadv2(2)/pwritev2(2) with one iovec, passing RWF_HIPRI when {@code hipri}
 * is set (polled completion; meaningful with direct=1 on a device with poll queues, otherwise the
 * kernel completes the I/O normally). Confined to its worker thread.
 */
public final class Pvsync2Engine extends SynchronousEngine {

    private final int rwFlags;

    Pvsync2Engine(EngineOptions options, IoUnitSet units) {
        this.rwFlags = options.hipri() ? OpenFlags.RWF_HIPRI : 0;
    }

    @Override
    public String name() {
        return "pvsync2";
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
                ? HotCalls.preadv2(unit.file().fd(), iovecAddress, 1, unit.offsetBytes(), rwFlags)
                : HotCalls.pwritev2(unit.file().fd(), iovecAddress, 1, unit.offsetBytes(), rwFlags));
    }

    @Override
    public String describeError(IoUnit unit) {
        String message = Errno.message(unit.errorNumber());
        if (rwFlags != 0 && (unit.errorNumber() == Errno.EOPNOTSUPP || unit.errorNumber() == Errno.EINVAL)) {
            return message + " (hipri needs direct=1 on a device with poll queues)";
        }
        return message;
    }
}
