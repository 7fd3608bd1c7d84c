package io.jfio.engine.run;

import io.jfio.engine.ioengine.IoFile;
import io.jfio.engine.nativeio.NativeFiles;
import io.jfio.engine.nativeio.NativeIoException;
import io.jfio.engine.nativeio.OpenFlags;
import io.jfio.engine.workload.FileRegion;

/**
 * {@code invalidate=1}: drops the page cache of each file's region (posix_fadvise DONTNEED) before the
 * job and again at the start of every pass over the files, as fio does, so a buffered read job with loops
 * or time_based keeps reading from the device instead of from memory after its first pass. Allocates
 * nothing per call. One worker thread.
 */
final class PageCacheDropper {

    private final IoFile[] files;
    private final FileRegion[] regions;
    private final boolean enabled;

    PageCacheDropper(IoFile[] files, FileRegion[] regions, boolean enabled) {
        this.files = files;
        this.regions = regions;
        this.enabled = enabled;
    }

    /** Drops the cached pages of every open file's region; a file that cannot be advised is skipped. */
    void dropAll() {
        if (!enabled) {
            return;
        }
        for (int i = 0; i < files.length; i++) {
            if (files[i].fd() < 0) {
                continue;
            }
            try {
                NativeFiles.advise(files[i].fd(), regions[i].startBytes(), regions[i].lengthBytes(),
                        OpenFlags.POSIX_FADV_DONTNEED, files[i].path());
            } catch (NativeIoException e) {
                // fio goes on when the cache cannot be dropped (a character device, a pipe)
            }
        }
    }
}
