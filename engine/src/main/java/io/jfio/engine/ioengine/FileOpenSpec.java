package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.OpenFlags;

import java.util.Objects;

/**
 * How to open one target file or device: access, creation and the O_DIRECT/O_SYNC/O_DSYNC flags a
 * job asks for. Immutable; any thread.
 *
 * @param path the file or block device
 * @param writable open O_RDWR (a job that writes or trims), else O_RDONLY
 * @param create add O_CREAT (mode 0644)
 * @param direct O_DIRECT (direct=1)
 * @param sync O_SYNC (sync=1)
 * @param dsync O_DSYNC (dsync=1)
 * @param accessHint posix_fadvise after opening (fio's fadvise_hint)
 */
public record FileOpenSpec(String path, boolean writable, boolean create, boolean direct, boolean sync,
                           boolean dsync, AccessHint accessHint) {

    public FileOpenSpec {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(accessHint, "accessHint");
    }

    /** Read-only, buffered, no hint. */
    public static FileOpenSpec forReading(String path) {
        return new FileOpenSpec(path, false, false, false, false, false, AccessHint.NONE);
    }

    /** Read-write, created if missing, buffered, no hint. */
    public static FileOpenSpec forWriting(String path) {
        return new FileOpenSpec(path, true, true, false, false, false, AccessHint.NONE);
    }

    public FileOpenSpec withDirect(boolean value) {
        return new FileOpenSpec(path, writable, create, value, sync, dsync, accessHint);
    }

    public FileOpenSpec withSync(boolean value) {
        return new FileOpenSpec(path, writable, create, direct, value, dsync, accessHint);
    }

    public FileOpenSpec withDsync(boolean value) {
        return new FileOpenSpec(path, writable, create, direct, sync, value, accessHint);
    }

    public FileOpenSpec withCreate(boolean value) {
        return new FileOpenSpec(path, writable, value, direct, sync, dsync, accessHint);
    }

    public FileOpenSpec withAccessHint(AccessHint value) {
        return new FileOpenSpec(path, writable, create, direct, sync, dsync, value);
    }

    /** The open(2) flags this spec stands for. */
    public int openFlags() {
        int flags = writable ? OpenFlags.O_RDWR : OpenFlags.O_RDONLY;
        if (create) {
            flags |= OpenFlags.O_CREAT;
        }
        if (direct) {
            flags |= OpenFlags.O_DIRECT;
        }
        if (sync) {
            flags |= OpenFlags.O_SYNC;
        }
        if (dsync) {
            flags |= OpenFlags.O_DSYNC;
        }
        return flags;
    }
}
