package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.AlignedBuffer;
import io.jfio.engine.nativeio.NativeMemory;
import io.jfio.engine.nativeio.RandomFill;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Helpers for engine tests: sized temp files, shuffled block lists, block patterns. Single-threaded. */
final class TestFiles {

    static final int BLOCK = 4096;

    private TestFiles() {
    }

    /** A file of {@code sizeBytes} (sparse) in {@code directory}. */
    static Path sizedFile(Path directory, String name, long sizeBytes) throws IOException {
        Path file = directory.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(sizeBytes);
        }
        return file;
    }

    /** A file of {@code sizeBytes} with every block allocated (non-zero bytes), not sparse. */
    static Path allocatedFile(Path directory, String name, int sizeBytes) throws IOException {
        byte[] content = new byte[sizeBytes];
        new Random(sizeBytes).nextBytes(content);
        return Files.write(directory.resolve(name), content);
    }

    /** A temp directory on tmpfs (/dev/shm), or null when there is none. */
    static Path shmDirectory() throws IOException {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "jfio-test") : null;
    }

    static void deleteTree(Path directory) throws IOException {
        if (directory == null) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One I/O per block of {@code blockCount}, in a shuffled order. */
    static List<EngineDriver.Io> shuffledBlocks(IoDirection direction, int blockCount, long seed) {
        List<EngineDriver.Io> ios = new ArrayList<>();
        for (int i = 0; i < blockCount; i++) {
            ios.add(new EngineDriver.Io(direction, (long) i * BLOCK, BLOCK));
        }
        Collections.shuffle(ios, new Random(seed));
        return ios;
    }

    /** Block pattern: xorshift bytes seeded by the block's offset. */
    static void fillBlock(long address, long offsetBytes, int lengthBytes) {
        RandomFill.fill(address, lengthBytes, offsetBytes + 1);
    }

    /** Whether memory at {@code address} holds {@link #fillBlock}'s pattern for {@code offsetBytes}. */
    static boolean holdsBlock(long address, long offsetBytes, int lengthBytes, AlignedBuffer scratch) {
        RandomFill.fill(scratch.address(), lengthBytes, offsetBytes + 1);
        for (int i = 0; i < lengthBytes; i += 8) {
            if (NativeMemory.getLong(address + i) != NativeMemory.getLong(scratch.address() + i)) {
                return false;
            }
        }
        return true;
    }
}
