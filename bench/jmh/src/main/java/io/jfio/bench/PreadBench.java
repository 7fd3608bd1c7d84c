package io.jfio.bench;

import io.jfio.engine.nativeio.AlignedBuffer;
import io.jfio.engine.nativeio.HotCalls;
import io.jfio.engine.nativeio.LibC;
import io.jfio.engine.nativeio.NativeFiles;
import io.jfio.engine.nativeio.NativeLibraryLoader;
import io.jfio.engine.nativeio.OpenFlags;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * What one cached 4 KiB {@code pread} costs through each of jfio's two ways into the kernel: {@code jni}
 * calls {@link HotCalls#pread} (the JNI stub, what psync uses when libjfio.so loaded) and {@code jna} calls
 * {@link LibC#pread} (JNA direct mapping, HotCalls' fallback and what {@code -Djfio.native=jna} selects).
 * The difference between the two is the per-call cost the JNI stubs save; the kernel's copy out of the page
 * cache is the same in both.
 *
 * <p>The file is 64 MiB of random bytes in {@code java.io.tmpdir}, written and read once in setup so that
 * every page is cached, and deleted in teardown. Offsets are 4 KiB aligned, drawn in setup (4096 of them,
 * fixed seed) and cycled, so no random number generation is measured.
 *
 * <p>Setup fails if HotCalls is not using the JNI stubs, since then both benchmarks would measure JNA.
 *
 * <p>Threading: JMH's one benchmark thread per state; each thread has its own file, descriptor and buffer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PreadBench {

    private static final int BLOCK_BYTES = 4096;
    private static final long FILE_BYTES = 64L << 20;
    private static final int OFFSET_MASK = 4095;

    private final long[] offsetsBytes = new long[OFFSET_MASK + 1];
    private Path file;
    private int fd = -1;
    private AlignedBuffer buffer;
    private long bufferAddress;
    private int next;

    @Setup
    public void openCachedFile() throws IOException {
        if (!HotCalls.usesJni()) {
            throw new IllegalStateException("PreadBench needs jfio's JNI stubs but HotCalls uses "
                    + NativeLibraryLoader.status().detail()
                    + ": build the engine where a C compiler is installed and do not pass -Djfio.native=jna");
        }
        file = Files.createTempFile("jfio-pread-bench", ".dat");
        writeRandomBytes(file);
        fd = NativeFiles.open(file.toString(), OpenFlags.O_RDONLY | OpenFlags.O_CLOEXEC, 0);
        buffer = AlignedBuffer.allocatePageAligned(BLOCK_BYTES);
        bufferAddress = buffer.address();
        for (long offset = 0; offset < FILE_BYTES; offset += BLOCK_BYTES) {
            requireFullBlock(HotCalls.pread(fd, bufferAddress, BLOCK_BYTES, offset), "JNI", offset);
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i <= OFFSET_MASK; i++) {
            offsetsBytes[i] = random.nextLong(FILE_BYTES / BLOCK_BYTES) * BLOCK_BYTES;
        }
        requireFullBlock(LibC.pread(fd, bufferAddress, BLOCK_BYTES, offsetsBytes[0]), "JNA", offsetsBytes[0]);
    }

    @TearDown
    public void deleteFile() throws IOException {
        try {
            if (fd >= 0) {
                NativeFiles.close(fd, file.toString());
                fd = -1;
            }
        } finally {
            if (buffer != null) {
                buffer.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** One cached 4 KiB pread through the JNI stub; returns the bytes read. */
    @Benchmark
    public long jni() {
        return HotCalls.pread(fd, bufferAddress, BLOCK_BYTES, offsetsBytes[next++ & OFFSET_MASK]);
    }

    /** One cached 4 KiB pread through JNA's direct mapping of glibc; returns the bytes read. */
    @Benchmark
    public long jna() {
        return LibC.pread(fd, bufferAddress, BLOCK_BYTES, offsetsBytes[next++ & OFFSET_MASK]);
    }

    private static void writeRandomBytes(Path path) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        ByteBuffer chunk = ByteBuffer.allocate(1 << 20);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            for (long written = 0; written < FILE_BYTES; written += chunk.capacity()) {
                chunk.clear();
                while (chunk.hasRemaining()) {
                    chunk.putLong(random.nextLong());
                }
                chunk.flip();
                while (chunk.hasRemaining()) {
                    channel.write(chunk);
                }
            }
        }
    }

    private static void requireFullBlock(long result, String path, long offsetBytes) {
        if (result != BLOCK_BYTES) {
            throw new IllegalStateException(path + " pread at offset " + offsetBytes + " returned " + result
                    + " instead of " + BLOCK_BYTES);
        }
    }
}
