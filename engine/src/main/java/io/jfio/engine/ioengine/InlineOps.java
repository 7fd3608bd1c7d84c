package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.Errno;
import io.jfio.engine.nativeio.LibC;
import io.jfio.engine.nativeio.NativeFiles;

/**
 * The I/O every engine can do in the calling thread: fsync, fdatasync and trim (BLKDISCARD on a
 * block device, FALLOC_FL_PUNCH_HOLE on a regular file), stamped and stored in the unit as an
 * engine's own I/O would be. Stateless; called on the engine's thread.
 */
final class InlineOps {

    private InlineOps() {
    }

    /**
     * Performs a SYNC, DATASYNC or TRIM unit now.
     *
     * @param rangeScratchAddress 16 bytes of native memory the engine owns (BLKDISCARD's range)
     */
    static void completeNonData(IoUnit unit, long rangeScratchAddress) {
        IoFile file = unit.file();
        unit.issued(System.nanoTime());
        long result;
        switch (unit.direction()) {
            case SYNC:
                result = LibC.fsync(file.fd()) == 0 ? 0 : -Errno.last();
                break;
            case DATASYNC:
                result = LibC.fdatasync(file.fd()) == 0 ? 0 : -Errno.last();
                break;
            case TRIM:
                result = trim(file, unit.offsetBytes(), unit.lengthBytes(), rangeScratchAddress);
                if (result == 0) {
                    result = unit.lengthBytes();
                }
                break;
            default:
                throw new IllegalArgumentException("not a non-data unit: " + unit);
        }
        unit.completed(result, System.nanoTime());
    }

    /**
     * What an asynchronous engine does with a SYNC, DATASYNC or TRIM it cannot overlap with other
     * I/O (fio's rule): BUSY while {@code outstanding} units are queued or in flight, else done now.
     */
    static QueueStatus completeWhenIdle(IoUnit unit, int outstanding, long rangeScratchAddress) {
        if (outstanding > 0) {
            return QueueStatus.BUSY;
        }
        completeNonData(unit, rangeScratchAddress);
        return QueueStatus.COMPLETED;
    }

    /** Returns 0 or -errno. */
    static int trim(IoFile file, long offsetBytes, long lengthBytes, long rangeScratchAddress) {
        return file.isBlockDevice()
                ? NativeFiles.discard(file.fd(), offsetBytes, lengthBytes, rangeScratchAddress)
                : NativeFiles.punchHole(file.fd(), offsetBytes, lengthBytes);
    }

    /** A libc result (-1 meaning see errno) as bytes or -errno. */
    static long bytesOrErrno(long libcResult) {
        return libcResult < 0 ? -Errno.last() : libcResult;
    }
}
