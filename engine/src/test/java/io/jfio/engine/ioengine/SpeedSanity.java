package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.AlignedBuffer;
import io.jfio.engine.nativeio.NativeFiles;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: prints 4k random-read IOPS for a few engines over 2 s each, to set beside fio's
 * numbers on the same machine (fio 3.33 here: psync ~766k, io_uring QD32 direct on /dev/shm ~400k).
 * Run from engine/: {@code java -cp target/classes:target/test-classes:$JNA io.jfio.engine.ioengine.SpeedSanity}.
 * Single-threaded.
 */
public final class SpeedSanity {

    private static final long FILE_BYTES = 64L << 20;
    private static final int BLOCK = 4096;
    private static final long RUN_NANOS = 2_000_000_000L;

    private SpeedSanity() {
    }

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory(Path.of("/tmp"), "jfio-speed");
        Path shm = Files.createTempDirectory(Path.of("/dev/shm"), "jfio-speed");
        try {
            Path cached = filled(tmp.resolve("cached"));
            Path onShm = filled(shm.resolve("shm"));
            measure("null", 1, EngineOptions.defaults(), FileOpenSpec.forReading("/dev/null"));
            measure("psync", 1, EngineOptions.defaults(), FileOpenSpec.forReading(cached.toString()));
            measure("io_uring", 32, EngineOptions.defaults(),
                    FileOpenSpec.forReading(onShm.toString()).withDirect(true));
            measure("io_uring", 32, EngineOptions.defaults().withFixedBufs(true).withRegisterFiles(true),
                    FileOpenSpec.forReading(onShm.toString()).withDirect(true));
            measure("libaio", 32, EngineOptions.defaults(), FileOpenSpec.forReading(onShm.toString()).withDirect(true));
        } finally {
            TestFiles.deleteTree(tmp);
            TestFiles.deleteTree(shm);
        }
    }

    private static Path filled(Path path) throws Exception {
        int fd = NativeFiles.open(path.toString(), io.jfio.engine.nativeio.OpenFlags.O_RDWR
                | io.jfio.engine.nativeio.OpenFlags.O_CREAT, 0644);
        try (AlignedBuffer chunk = AlignedBuffer.allocatePageAligned(1 << 20)) {
            for (long offset = 0; offset < FILE_BYTES; offset += chunk.sizeBytes()) {
                chunk.fillRandom(offset + 1);
                NativeFiles.pwriteFully(fd, chunk.address(), chunk.sizeBytes(), offset, path.toString());
            }
        } finally {
            NativeFiles.close(fd, path.toString());
        }
        return path;
    }

    private static void measure(String engineName, int depth, EngineOptions options, FileOpenSpec spec)
            throws Exception {
        try (IoUnitSet units = IoUnitSet.allocate(depth, BLOCK, 4096);
             IoEngine engine = IoEngines.create(engineName, options, units)) {
            IoFile file = engine.openFile(spec);
            TightLoop loop = new TightLoop(engine, units, file, FILE_BYTES / BLOCK, BLOCK);
            loop.run(50_000, System.nanoTime() + 500_000_000L); // warm-up and page cache
            long start = System.nanoTime();
            long done = loop.run(Long.MAX_VALUE, start + RUN_NANOS);
            long elapsed = System.nanoTime() - start;
            engine.closeFile(file);
            System.out.printf("%-9s iodepth=%-3d %-40s %,10.0f IOPS  (%d errors)%n", engineName, depth,
                    describe(options, spec), done * 1e9 / elapsed, loop.errors());
        }
    }

    private static String describe(EngineOptions options, FileOpenSpec spec) {
        return (spec.direct() ? "direct " : "") + (options.fixedBufs() ? "fixedbufs " : "")
                + (options.registerFiles() ? "registerfiles " : "") + spec.path().replaceAll("/jfio-speed[0-9]+", "");
    }
}
