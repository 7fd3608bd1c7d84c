package io.jfio.engine.run;

import io.jfio.engine.nativeio.AlignedBuffer;
import io.jfio.engine.nativeio.Errno;
import io.jfio.engine.nativeio.LibC;
import io.jfio.engine.nativeio.NativeFiles;
import io.jfio.engine.nativeio.NativeIoException;
import io.jfio.engine.nativeio.OpenFlags;

import java.io.PrintStream;
import java.util.List;

/**
 * Creates and extends a job's files before it runs, as fio lays them out: one progress line on stderr
 * ("job: Laying out IO file (1 file / 64MiB)"), pre-allocation per {@code fallocate}, the size set with
 * ftruncate, and, for jobs that read, the data written so reads find real blocks. Only files the job
 * names are touched, never a device. Runs on a job's worker thread; the runner serialises layouts
 * (fio's create_serialize), so a file shared by jobs is laid out once.
 */
final class FileLayout {

    private static final int CHUNK_BYTES = 1 << 20;
    private static final Object LOCK = new Object();

    private final PrintStream progress;

    FileLayout(PrintStream progress) {
        this.progress = progress;
    }

    /**
     * Lays out every target that needs it (re-checking under the run-wide lock, as another job may have
     * done it meanwhile); {@code fillData} writes the contents (jobs that read).
     */
    void layOut(String jobName, List<TargetFile> targets, JobSettings.Fallocate fallocate, boolean fillData) {
        synchronized (LOCK) {
            List<TargetFile> todo = targets.stream()
                    .filter(t -> t.layout() && PathInfo.of(t.path()).sizeBytes() < t.sizeBytes()).toList();
            if (todo.isEmpty()) {
                return;
            }
            long total = todo.stream().mapToLong(TargetFile::sizeBytes).sum();
            long mib = total >> 20;
            progress.println(todo.size() == 1
                    ? jobName + ": Laying out IO file (1 file / " + mib + "MiB)"
                    : jobName + ": Laying out IO files (" + todo.size() + " files / total " + mib + "MiB)");
            for (TargetFile t : todo) {
                layOut(t, fallocate, fillData);
            }
        }
    }

    private static void layOut(TargetFile t, JobSettings.Fallocate fallocate, boolean fillData) {
        String path = t.path();
        try {
            int fd = NativeFiles.open(path, OpenFlags.O_RDWR | OpenFlags.O_CREAT, OpenFlags.DEFAULT_FILE_MODE);
            try {
                long existing = NativeFiles.stat(fd, path).sizeBytes();
                allocate(fd, path, existing, t.sizeBytes() - existing, fallocate);
                NativeFiles.truncate(fd, t.sizeBytes(), path);
                if (fillData) {
                    writeData(fd, path, existing, t.sizeBytes());
                }
                NativeFiles.fsync(fd, path);
            } finally {
                NativeFiles.close(fd, path);
            }
        } catch (NativeIoException e) {
            String full = e.errorNumber() == Errno.ENOSPC ? " (the file system is full)" : "";
            throw new JobSetupException("laying out " + path + ": " + e.getMessage() + full, e.errorNumber());
        }
    }

    private static void allocate(int fd, String path, long offset, long length, JobSettings.Fallocate mode)
            throws NativeIoException {
        if (length <= 0 || mode == JobSettings.Fallocate.NONE || mode == JobSettings.Fallocate.TRUNCATE) {
            return;
        }
        int flags = mode == JobSettings.Fallocate.KEEP ? OpenFlags.FALLOC_FL_KEEP_SIZE : 0;
        if (LibC.fallocate(fd, flags, offset, length) != 0) {
            int errno = Errno.last();
            if (errno == Errno.ENOSPC) {
                throw NativeIoException.of("fallocate " + path, errno);
            }
            // fio: "native" falls back to no pre-allocation where the file system has none
        }
    }

    private static void writeData(int fd, String path, long from, long to) throws NativeIoException {
        if (to <= from) {
            return;
        }
        try (AlignedBuffer buffer = AlignedBuffer.allocatePageAligned(CHUNK_BYTES)) {
            buffer.fillRandom(0x1a70017L);
            long offset = from;
            while (offset < to) {
                long length = Math.min(CHUNK_BYTES, to - offset);
                NativeFiles.pwriteFully(fd, buffer.address(), length, offset, path);
                offset += length;
            }
        }
    }
}
