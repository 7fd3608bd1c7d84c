package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.FileStat;
import io.jfio.engine.nativeio.NativeFiles;
import io.jfio.engine.nativeio.NativeIoException;
import io.jfio.engine.nativeio.OpenFlags;

/**
 * An open target (fio's fio_file): the descriptor, what fstat said about it, and the per-engine
 * state engines keep with a file (io_uring's registered slot, the mmap engine's mapping, the sync
 * engine's file position). Opened and closed through {@link IoEngine#openFile}/{@link IoEngine#closeFile}.
 *
 * <p>Used by the one worker thread that opened it.
 */
public final class IoFile implements AutoCloseable {

    private final FileOpenSpec spec;
    private final boolean blockDevice;
    private final int logicalBlockSizeBytes;
    private int fd;
    private long sizeBytes;

    /** io_uring registerfiles: slot in the registered table, -1 if none. */
    int fixedFileSlot = -1;
    /** mmap engine: mapping of the file from offset 0, 0 if none. */
    long mappedAddress;
    long mappedLengthBytes;
    /** sync/vsync engines: the descriptor's file position, -1 when unknown (skips redundant lseeks). */
    long positionBytes = -1;

    private IoFile(FileOpenSpec spec, int fd, long sizeBytes, boolean blockDevice, int logicalBlockSizeBytes) {
        this.spec = spec;
        this.fd = fd;
        this.sizeBytes = sizeBytes;
        this.blockDevice = blockDevice;
        this.logicalBlockSizeBytes = logicalBlockSizeBytes;
    }

    /** open(2) with the spec's flags, fstat, and the spec's posix_fadvise hint. */
    public static IoFile open(FileOpenSpec spec) throws NativeIoException {
        int fd = NativeFiles.open(spec.path(), spec.openFlags(), OpenFlags.DEFAULT_FILE_MODE);
        try {
            FileStat stat = NativeFiles.stat(fd, spec.path());
            if (!stat.isRegularFile() && !stat.isBlockDevice() && !stat.isCharacterDevice()) {
                throw new NativeIoException(spec.path() + ": not a regular file or device", 0);
            }
            if (spec.accessHint() != AccessHint.NONE && !stat.isCharacterDevice()) {
                int advice = spec.accessHint() == AccessHint.RANDOM
                        ? OpenFlags.POSIX_FADV_RANDOM : OpenFlags.POSIX_FADV_SEQUENTIAL;
                NativeFiles.advise(fd, 0, 0, advice, spec.path());
            }
            return new IoFile(spec, fd, stat.sizeBytes(), stat.isBlockDevice(), stat.logicalBlockSizeBytes());
        } catch (NativeIoException e) {
            NativeFiles.close(fd, spec.path());
            throw e;
        }
    }

    /** A file that is never opened (diskless engines): fd -1, size 0. */
    static IoFile diskless(FileOpenSpec spec) {
        return new IoFile(spec, -1, 0, false, 0);
    }

    public String path() {
        return spec.path();
    }

    public FileOpenSpec spec() {
        return spec;
    }

    /** The descriptor, -1 once closed or for a diskless file. */
    public int fd() {
        return fd;
    }

    public boolean isOpen() {
        return fd >= 0;
    }

    /** Size at open (or at the last {@link #refreshSize()}); a block device's capacity. */
    public long sizeBytes() {
        return sizeBytes;
    }

    public boolean isBlockDevice() {
        return blockDevice;
    }

    /** Logical sector size of a block device, 0 for regular files. */
    public int logicalBlockSizeBytes() {
        return logicalBlockSizeBytes;
    }

    /** Re-reads the size (after layout or extension). */
    public long refreshSize() throws NativeIoException {
        sizeBytes = NativeFiles.stat(fd, spec.path()).sizeBytes();
        return sizeBytes;
    }

    /**
     * Closes a file opened with {@link #open} (file layout, pre-read, end_fsync); idempotent. A file
     * from {@link IoEngine#openFile} goes back through {@link IoEngine#closeFile}, which also drops
     * the engine's registration or mapping.
     */
    @Override
    public void close() throws NativeIoException {
        closeDescriptor();
    }

    /** Closes the descriptor; idempotent. Engines call this from closeFile. */
    void closeDescriptor() throws NativeIoException {
        if (fd >= 0) {
            int old = fd;
            fd = -1;
            positionBytes = -1;
            NativeFiles.close(old, spec.path());
        }
    }

    @Override
    public String toString() {
        return "IoFile[" + spec.path() + " fd=" + fd + " size=" + sizeBytes + "]";
    }
}
