package io.jfio.engine.run;

import io.jfio.engine.ioengine.FileOpenSpec;
import io.jfio.engine.ioengine.IoFile;
import io.jfio.engine.nativeio.NativeIoException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What stat(2) says about a path, through NIO's "unix" attribute view: type, size (a block device's
 * capacity from the device itself), and the device numbers jfio needs for the mount check and disk
 * statistics. Immutable; any thread.
 *
 * @param exists      whether the path exists
 * @param kind        its type (REGULAR when it does not exist)
 * @param sizeBytes   its size, 0 when it does not exist
 * @param deviceId    st_dev: the device holding the file
 * @param rdev        st_rdev: the device a device node stands for, 0 for others
 * @param directory   whether it is a directory
 */
record PathInfo(boolean exists, TargetFile.Kind kind, long sizeBytes, long deviceId, long rdev, boolean directory) {

    private static final int S_IFMT = 0170000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFDIR = 0040000;

    static PathInfo of(String path) {
        try {
            Map<String, Object> a = Files.readAttributes(Path.of(path), "unix:mode,size,dev,rdev");
            int mode = (Integer) a.get("mode");
            int type = mode & S_IFMT;
            TargetFile.Kind kind = type == S_IFBLK ? TargetFile.Kind.BLOCK_DEVICE
                    : type == S_IFCHR ? TargetFile.Kind.CHARACTER_DEVICE : TargetFile.Kind.REGULAR;
            long size = (Long) a.get("size");
            if (kind == TargetFile.Kind.BLOCK_DEVICE) {
                size = deviceCapacity(path);
            }
            return new PathInfo(true, kind, size, (Long) a.get("dev"), (Long) a.get("rdev"), type == S_IFDIR);
        } catch (NoSuchFileException e) {
            return new PathInfo(false, TargetFile.Kind.REGULAR, 0, 0, 0, false);
        } catch (IOException | UnsupportedOperationException e) {
            throw new JobSetupException("cannot look at " + path + ": " + e.getMessage());
        }
    }

    /** The device of the nearest existing ancestor of {@code path} (where a new file would live). */
    static long deviceHolding(String path) {
        Path p = Path.of(path).toAbsolutePath();
        while (p != null) {
            try {
                return (Long) Files.getAttribute(p, "unix:dev");
            } catch (IOException | UnsupportedOperationException e) {
                p = p.getParent();
            }
        }
        return 0;
    }

    static int major(long dev) {
        return (int) (((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL));
    }

    static int minor(long dev) {
        return (int) ((dev & 0xff) | ((dev >>> 12) & ~0xffL));
    }

    private static long deviceCapacity(String path) {
        try (IoFile file = IoFile.open(FileOpenSpec.forReading(path))) {
            return file.sizeBytes();
        } catch (NativeIoException e) {
            throw new JobSetupException(e.getMessage());
        }
    }
}
