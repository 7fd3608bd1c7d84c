package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.Errno;
import io.jfio.engine.nativeio.MemoryMap;
import io.jfio.engine.nativeio.NativeIoException;
import io.jfio.engine.nativeio.NativeMemory;
import io.jfio.engine.nativeio.OpenFlags;

/**
 * fio's {@code mmap}: the file is mapped shared (whole, from offset 0, on the first I/O) and each
 * I/O is a memcpy between the mapping and the unit's buffer; writes are msync'ed when the file was
 * opened O_SYNC/O_DSYNC, a SYNC/DATASYNC unit msyncs the mapping. The mapping follows the file's
 * size: an I/O past the mapped end re-reads the size and remaps; past the end of the file it fails
 * with EINVAL (the engine does not extend files: lay them out first, as fio requires). madvise
 * follows the open spec's access hint.
 *
 * <p>Confined to its worker thread.
 */
public final class MmapEngine extends SynchronousEngine {

    MmapEngine(EngineOptions options, IoUnitSet units) {
    }

    @Override
    public String name() {
        return "mmap";
    }

    @Override
    public QueueStatus queue(IoUnit unit) {
        IoFile file = unit.file();
        IoDirection direction = unit.direction();
        unit.issued(System.nanoTime());
        if (direction == IoDirection.TRIM) {
            return completeInline(unit);
        }
        if (!direction.isData()) {
            long result = file.mappedAddress == 0 ? 0 : MemoryMap.sync(file.mappedAddress, file.mappedLengthBytes);
            unit.completed(result, System.nanoTime());
            return QueueStatus.COMPLETED;
        }
        if (direction == IoDirection.WRITE && !file.spec().writable()) {
            unit.completed(-Errno.EBADF, System.nanoTime()); // a write to a read-only mapping would fault
            return QueueStatus.COMPLETED;
        }
        long end = unit.offsetBytes() + unit.lengthBytes();
        if (end > file.mappedLengthBytes) {
            int errno = remap(file, end);
            if (errno != 0) {
                unit.completed(-errno, System.nanoTime());
                return QueueStatus.COMPLETED;
            }
        }
        long mapped = file.mappedAddress + unit.offsetBytes();
        long result = unit.lengthBytes();
        if (direction == IoDirection.READ) {
            NativeMemory.copy(mapped, unit.dataAddress(), unit.lengthBytes());
        } else {
            NativeMemory.copy(unit.dataAddress(), mapped, unit.lengthBytes());
            if (file.spec().sync() || file.spec().dsync()) {
                int syncResult = msyncRange(mapped, unit.lengthBytes());
                if (syncResult < 0) {
                    result = syncResult;
                }
            }
        }
        unit.completed(result, System.nanoTime());
        return QueueStatus.COMPLETED;
    }

    /** msync needs a page-aligned start. */
    private static int msyncRange(long address, long length) {
        long pageStart = address & -(long) NativeMemory.PAGE_SIZE;
        return MemoryMap.sync(pageStart, length + (address - pageStart));
    }

    /** Maps the whole file again; returns 0 or an errno (EINVAL when {@code neededEnd} is past the file). */
    private static int remap(IoFile file, long neededEnd) {
        try {
            long size = file.refreshSize();
            if (neededEnd > size) {
                return Errno.EINVAL;
            }
            unmap(file);
            file.mappedAddress = MemoryMap.map(file.fd(), 0, size, file.spec().writable(), file.path());
            file.mappedLengthBytes = size;
            AccessHint hint = file.spec().accessHint();
            if (hint != AccessHint.NONE) {
                MemoryMap.advise(file.mappedAddress, size,
                        hint == AccessHint.RANDOM ? OpenFlags.MADV_RANDOM : OpenFlags.MADV_SEQUENTIAL);
            }
            return 0;
        } catch (NativeIoException e) {
            return e.errorNumber() == 0 ? Errno.EINVAL : e.errorNumber();
        }
    }

    private static void unmap(IoFile file) throws NativeIoException {
        if (file.mappedAddress != 0) {
            long address = file.mappedAddress;
            long length = file.mappedLengthBytes;
            file.mappedAddress = 0;
            file.mappedLengthBytes = 0;
            MemoryMap.unmap(address, length, file.path());
        }
    }

    @Override
    public void closeFile(IoFile file) throws NativeIoException {
        try {
            unmap(file);
        } finally {
            file.closeDescriptor();
        }
    }

    @Override
    public String describeError(IoUnit unit) {
        if (unit.errorNumber() == Errno.EINVAL && unit.direction().isData()) {
            return Errno.message(Errno.EINVAL) + " (the mmap engine does not extend files: I/O past the end of "
                    + unit.file().path() + ")";
        }
        return super.describeError(unit);
    }
}
