package io.jfio.engine.run;

import io.jfio.engine.cli.Main;
import io.jfio.engine.ioengine.IoEngines;
import io.jfio.model.log.FioLogReader;
import io.jfio.model.log.LogEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** SIGTERM during the report's job A (iodepth=300, offload, 1 minute): jfio stops, completes its logs and reports. */
class SigtermOffloadTest {

    private static final Pattern ISSUED_WRITES = Pattern.compile("issued rwts: total=\\d+,(\\d+),");

    @TempDir
    Path dir;

    @Test
    void sigtermEndsOffloadJobWithCompleteLogsAndAReport() throws Exception {
        assumeTrue(IoEngines.require("libaio").isAvailable(), "Linux AIO not permitted here");
        Path job = dir.resolve("a.fio");
        Files.writeString(job, "[global]\nioengine=libaio\ndirect=1\nnumjobs=1\nbs=4k\niodepth=300\nrw=randwrite\n"
                + "randrepeat=0\nio_submit_mode=offload\nrate_iops=2000\ntime_based=1\nruntime=1m\n"
                + "[slow_write]\nfilename=" + dir.resolve("testfile.io") + "\nsize=4m\n"
                + "write_lat_log=" + dir.resolve("fio_lat") + "\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path console = dir.resolve("console.txt");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                job.toString()).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        Path lat = dir.resolve("fio_lat_lat.1.log");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while ((!Files.exists(lat) || Files.size(lat) == 0) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(child.isAlive(), "jfio ended early: " + Files.readString(console));
            child.destroy(); // SIGTERM
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "jfio did not end after SIGTERM");
        } finally {
            child.destroyForcibly();
        }
        String output = Files.readString(console);
        assertTrue(output.contains("slow_write: (groupid=0, jobs=1): err= 0"), output);
        assertTrue(output.contains("Run status group 0 (all jobs):"), output);
        assertTrue(output.contains("write: IOPS="), output);
        String text = Files.readString(lat);
        assertTrue(text.endsWith("\n"), "last line cut short");
        List<LogEntry> entries = FioLogReader.readAll(lat);
        assertTrue(entries.size() > 100, "only " + entries.size() + " lines");
        List<LogEntry> clat = FioLogReader.readAll(dir.resolve("fio_lat_clat.1.log"));
        assertEquals(entries.size(), clat.size());
        Matcher issued = ISSUED_WRITES.matcher(output);
        assertTrue(issued.find(), output);
        assertEquals(Long.parseLong(issued.group(1)), entries.size(), "one line per I/O the report counts");
    }
}
