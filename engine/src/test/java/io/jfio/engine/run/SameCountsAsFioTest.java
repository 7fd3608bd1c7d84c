package io.jfio.engine.run;

import io.jfio.model.result.Direction;
import io.jfio.model.result.JobResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Size-based jobs move the bytes and do the I/Os fio 3.33 does (skips where fio is not installed). */
class SameCountsAsFioTest {

    private static final Pattern DIRECTION = Pattern.compile(
            "\"(read|write|trim)\" : \\{\\s*\"io_bytes\" : (\\d+),.*?\"total_ios\" : (\\d+)", Pattern.DOTALL);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "rw=randread\nbs=4k\nsize=1m",
        "rw=write\nbs=64k\nsize=1m\nloops=3",
        "rw=randrw\nbs=8k\nsize=1m\nnrfiles=2",
        "rw=read\nbs=4k\nsize=512k\noffset=256k",
        "rw=randread\nbs=4k\nsize=1m\nnumber_ios=100",
        "rw=read\nbs=4k\nfilesize=64k\nnrfiles=3\nsize=100k",
        "rw=randwrite\nbs=4k\nsize=256k\nfsync=8\nioengine=libaio\niodepth=8"})
    void bytesAndIosMatchFio(String options) throws Exception {
        assumeTrue(fioAvailable(), "fio is not installed");
        String job = "[same]\n" + options + "\n";
        Path jfioDir = Files.createDirectory(dir.resolve("jfio"));
        Path fioDir = Files.createDirectory(dir.resolve("fio"));
        JobResult jfio = TestRuns.run(job + "directory=" + jfioDir + "\n").jobs().get(0);
        assertEquals("", jfio.errorMessage());
        Path jobFile = dir.resolve("same.fio");
        Files.writeString(jobFile, job + "directory=" + fioDir + "\n");
        Process fio = new ProcessBuilder("fio", "--output-format=json", jobFile.toString()).start();
        String json = new String(fio.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(fio.waitFor(60, TimeUnit.SECONDS) && fio.exitValue() == 0, "fio failed: " + json);
        Matcher m = DIRECTION.matcher(json);
        int directions = 0;
        while (m.find()) {
            Direction d = Direction.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
            var stats = jfio.stats().direction(d);
            long bytes = stats == null ? 0 : stats.bytes();
            long ios = stats == null ? 0 : stats.ios();
            if (options.contains("randrw")) {
                continue; // the read/write split is random; the totals are compared below
            }
            assertEquals(Long.parseLong(m.group(2)), bytes, d + " bytes");
            assertEquals(Long.parseLong(m.group(3)), ios, d + " I/Os");
            directions++;
        }
        if (options.contains("randrw")) {
            long fioTotal = 0;
            m.reset();
            while (m.find()) {
                fioTotal += Long.parseLong(m.group(3));
            }
            long jfioTotal = jfio.stats().direction(Direction.READ).ios() + jfio.stats().direction(Direction.WRITE).ios();
            assertEquals(fioTotal, jfioTotal, "I/Os");
        } else {
            assertEquals(3, directions, "fio's JSON has read, write and trim");
        }
    }

    private static boolean fioAvailable() {
        try {
            Process p = new ProcessBuilder("fio", "--version").start();
            String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && version.startsWith("fio-3");
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
