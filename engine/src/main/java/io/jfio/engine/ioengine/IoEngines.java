package io.jfio.engine.ioengine;

import static io.jfio.engine.ioengine.Capability.*;

import io.jfio.engine.nativeio.IoUringAbi;
import io.jfio.engine.nativeio.IoUringRings;
import io.jfio.engine.nativeio.LibC;
import io.jfio.engine.nativeio.LinuxAio;
import io.jfio.engine.nativeio.NativeIoException;
import io.jfio.engine.nativeio.PosixAio;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The engine table (fio's list of ioengines): name, description, capabilities, factory and an
 * availability probe for each engine jfio has. Immutable; any thread.
 */
public final class IoEngines {

    private static final List<EngineInfo> ENGINES = List.of(
            new EngineInfo("null", "Does no I/O: every unit completes at once (measures jfio's own overhead)",
                    EnumSet.of(DISKLESS, FSYNC, TRIM), NullEngine::new, () -> null),
            new EngineInfo("sync", "Basic read(2) or write(2) I/O, lseek(2) to position",
                    EnumSet.of(SYNCHRONOUS, DIRECT_IO, FSYNC, TRIM), SyncEngine::new, IoEngines::probeLibc),
            new EngineInfo("psync", "Basic pread(2) or pwrite(2) I/O",
                    EnumSet.of(SYNCHRONOUS, DIRECT_IO, FSYNC, TRIM), PsyncEngine::new, IoEngines::probeLibc),
            new EngineInfo("vsync", "readv(2)/writev(2), coalescing adjacent units into one call",
                    EnumSet.of(DIRECT_IO, FSYNC, TRIM, SYNC_IO), VsyncEngine::new, IoEngines::probeLibc),
            new EngineInfo("pvsync", "preadv(2)/pwritev(2), one iovec per I/O",
                    EnumSet.of(SYNCHRONOUS, DIRECT_IO, FSYNC, TRIM), PvsyncEngine::new, IoEngines::probeLibc),
            new EngineInfo("pvsync2", "preadv2(2)/pwritev2(2), with RWF_HIPRI for hipri",
                    EnumSet.of(SYNCHRONOUS, DIRECT_IO, FSYNC, TRIM, HIPRI), Pvsync2Engine::new, IoEngines::probeLibc),
            new EngineInfo("libaio", "Linux native asynchronous I/O (io_submit/io_getevents system calls)",
                    EnumSet.of(ASYNCHRONOUS, DIRECT_IO, FSYNC, TRIM), LibaioEngine::new, IoEngines::probeLinuxAio),
            new EngineInfo("io_uring", "Fast Linux native asynchronous I/O (io_uring)",
                    EnumSet.of(ASYNCHRONOUS, DIRECT_IO, FSYNC, TRIM, HIPRI), IoUringEngine::new, IoEngines::probeIoUring),
            new EngineInfo("mmap", "File is memory mapped with mmap(2), data copied with memcpy",
                    EnumSet.of(SYNCHRONOUS, FSYNC, TRIM), MmapEngine::new, IoEngines::probeLibc),
            new EngineInfo("posixaio", "POSIX asynchronous I/O: glibc's aio_read(3)/aio_write(3)",
                    EnumSet.of(ASYNCHRONOUS, DIRECT_IO, FSYNC, TRIM), PosixAioEngine::new, PosixAio::unavailableReason));

    private IoEngines() {
    }

    /** Every engine, in fio's documentation order. */
    public static List<EngineInfo> all() {
        return ENGINES;
    }

    /** The engine called {@code name} (case-insensitive, as fio's option values). */
    public static Optional<EngineInfo> find(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return ENGINES.stream().filter(e -> e.name().equals(wanted)).findFirst();
    }

    /** Like {@link #find}, failing with "unknown ioengine 'x' (known: null, sync, ...)". */
    public static EngineInfo require(String name) {
        return find(name).orElseThrow(() -> new NoSuchElementException("unknown ioengine '" + name + "' (known: "
                + ENGINES.stream().map(EngineInfo::name).collect(Collectors.joining(", ")) + ")"));
    }

    /** Creates engine {@code name} for {@code units}; call on the worker thread that will use it. */
    public static IoEngine create(String name, EngineOptions options, IoUnitSet units) throws NativeIoException {
        return require(name).create(options, units);
    }

    private static String probeLibc() {
        LibC.ensureLoaded();
        return null;
    }

    private static String probeLinuxAio() {
        try {
            long context = LinuxAio.setup(1);
            LinuxAio.destroy(context);
            return null;
        } catch (NativeIoException e) {
            return e.getMessage();
        }
    }

    private static String probeIoUring() {
        try (IoUringRings rings = IoUringRings.create(1, 0, 0, 0)) {
            return rings.supportsOpcode(IoUringAbi.OP_READ) && rings.supportsOpcode(IoUringAbi.OP_WRITE)
                    ? null : "this kernel's io_uring lacks IORING_OP_READ/WRITE (Linux 5.6+)";
        } catch (NativeIoException e) {
            return e.getMessage();
        }
    }
}
