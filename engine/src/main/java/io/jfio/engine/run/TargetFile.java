package io.jfio.engine.run;

import io.jfio.engine.workload.FileRegion;

import java.util.Objects;

/**
 * One file or device a job does I/O on, after planning: where it is, how big it must be, and the byte
 * range the job works in. Immutable; any thread.
 *
 * @param path        the path as the job names it
 * @param kind        regular file, block or character device, or nothing at all (diskless engines)
 * @param sizeBytes   the size the file has (or will have once laid out); a device's capacity
 * @param existed     whether it existed before the job
 * @param layout      whether the job must create or extend it before running
 * @param region      the byte range the job works in
 */
public record TargetFile(String path, Kind kind, long sizeBytes, boolean existed, boolean layout, FileRegion region) {

    public TargetFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
    }

    /** What the path is. */
    public enum Kind {
        REGULAR, BLOCK_DEVICE, CHARACTER_DEVICE, DISKLESS
    }

    public boolean isDevice() {
        return kind == Kind.BLOCK_DEVICE || kind == Kind.CHARACTER_DEVICE;
    }
}
