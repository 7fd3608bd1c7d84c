package io.jfio.engine.run;

import io.jfio.model.result.Direction;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.RunResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Writing past a full file system: the job ends with err=28, says so, and keeps what it measured. */
class FullDiskTest {

    @TempDir
    Path dir;
    private Path mountPoint;

    @AfterEach
    void unmount() throws Exception {
        if (mountPoint != null) {
            run("umount", mountPoint.toString());
        }
    }

    @Test
    void enospcEndsTheJobWithAClearMessageAndKeepsItsStatistics() throws Exception {
        Path mnt = Files.createDirectory(dir.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mnt.toString()) == 0,
                "cannot mount a tmpfs here (needs root)");
        mountPoint = mnt;
        RunResult result = TestRuns.run("[fill]\nrw=write\nbs=64k\nsize=16m\nfallocate=none\ndirectory=" + mnt + "\n");
        JobResult job = result.jobs().get(0);
        assertEquals(28, job.error());
        assertTrue(job.errorMessage().contains("No space left on device"), job.errorMessage());
        assertTrue(job.errorMessage().contains("the file system is full"), job.errorMessage());
        assertTrue(job.errorMessage().contains(mnt.resolve("fill.0.0").toString()), job.errorMessage());
        long written = job.stats().direction(Direction.WRITE).bytes();
        assertTrue(written >= 4L << 20 && written <= 8L << 20, "bytes written before the disk filled: " + written);
    }

    @Test
    void layoutOnAFullFileSystemFailsTheJobWithEnospc() throws Exception {
        Path mnt = Files.createDirectory(dir.resolve("tiny"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mnt.toString()) == 0,
                "cannot mount a tmpfs here (needs root)");
        mountPoint = mnt;
        RunResult result = TestRuns.run("[big]\nrw=read\nbs=4k\nsize=4m\ndirectory=" + mnt + "\n");
        JobResult job = result.jobs().get(0);
        assertEquals(28, job.error());
        assertTrue(job.errorMessage().startsWith("laying out " + mnt.resolve("big.0.0")), job.errorMessage());
        assertTrue(job.errorMessage().contains("the file system is full"), job.errorMessage());
    }

    private static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
