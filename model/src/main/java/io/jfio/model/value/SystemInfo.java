package io.jfio.model.value;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine facts behind fio's reserved keywords {@code $ncpus}, {@code $pagesize} and
 * {@code $mb_memory}. Tests pass fixed values; {@link #detect()} reads the running Linux system.
 * Immutable; any thread.
 *
 * @param cpus            online CPUs
 * @param pageSizeBytes   the page size
 * @param memoryMebibytes total memory in MiB (fio's "megabytes")
 */
public record SystemInfo(int cpus, long pageSizeBytes, long memoryMebibytes) {

    private static final long AT_PAGESZ = 6;
    private static final long FALLBACK_PAGE_SIZE = 4096;

    /** The running system: CPUs from the JVM, page size from /proc/self/auxv, memory from /proc/meminfo. */
    public static SystemInfo detect() {
        return new SystemInfo(Runtime.getRuntime().availableProcessors(), detectPageSize(), detectMemoryMebibytes());
    }

    private static long detectPageSize() {
        try {
            ByteBuffer auxv = ByteBuffer.wrap(Files.readAllBytes(Path.of("/proc/self/auxv"))).order(ByteOrder.nativeOrder());
            while (auxv.remaining() >= 16) {
                long type = auxv.getLong();
                long value = auxv.getLong();
                if (type == AT_PAGESZ) {
                    return value;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux or not readable: fall through to the common page size.
        }
        return FALLBACK_PAGE_SIZE;
    }

    private static long detectMemoryMebibytes() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
            for (String line : lines) {
                if (line.startsWith("MemTotal:")) {
                    String kib = line.substring("MemTotal:".length()).replace("kB", "").trim();
                    return Long.parseLong(kib) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: report the JVM's view below.
        }
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
