package io.jfio.engine.output.log;

import io.jfio.model.log.FioLogReader;
import io.jfio.model.log.LogEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigtermLeavesCompleteLogsTest {

    @TempDir
    Path dir;

    @Test
    void sigtermLeavesCompleteWellFormedLogs() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path console = dir.resolve("child-output.txt");
        Path logs = Files.createDirectory(dir.resolve("logs"));
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SigtermChild.class.getName(), logs.toString())
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(console).contains("READY") && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals("READY\n", Files.readString(console), "child did not start");
            child.destroy(); // SIGTERM
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not exit after SIGTERM");
        } finally {
            child.destroyForcibly();
        }
        assertEquals("READY\n", Files.readString(console), "child printed errors");
        assertEquals(143, child.exitValue());

        Path perIo = logs.resolve("perio_clat.1.log");
        String text = Files.readString(perIo);
        assertTrue(text.endsWith("\n"), "last line cut short");
        List<LogEntry> clat = FioLogReader.readAll(perIo);
        assertTrue(clat.size() > 100, "only " + clat.size() + " lines");
        assertTrue(clat.stream().allMatch(e -> e.hasOffset() && e.blockSizeBytes() == 4096));

        List<LogEntry> bw = FioLogReader.readAll(logs.resolve("win_bw.2.log"));
        assertTrue(bw.size() >= 4, "only " + bw.size() + " windows");
        for (int i = 0; i < bw.size() - 1; i++) {
            // window ends; a window in which the (simulated) job got no CPU has no line, as in fio
            assertEquals(0, bw.get(i).timeMillis() % 100, "line " + (i + 1));
            assertTrue(bw.get(i + 1).timeMillis() > bw.get(i).timeMillis());
        }

        List<LogEntry> fz = FioLogReader.readAll(logs.resolve("fz_lat.3.log.fz")); // a cut zlib stream would throw
        assertTrue(fz.size() > 100);

        List<LogEntry> shared = FioLogReader.readAll(logs.resolve("shared_iops.log"));
        assertTrue(shared.size() > 200);
        try (Stream<Path> files = Files.list(logs)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".part")), "part files left behind");
        }
    }
}
