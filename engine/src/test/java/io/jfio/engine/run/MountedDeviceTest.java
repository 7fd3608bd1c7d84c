package io.jfio.engine.run;

import io.jfio.model.job.JobSpec;
import io.jfio.model.result.JobResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class MountedDeviceTest {

    @TempDir
    Path dir;

    private static final String MOUNTS = "/dev/vdb1 /data ext4 rw,relatime 0 0\n"
            + "tmpfs /tmp tmpfs rw 0 0\n"
            + "/dev/mapper/vg-home /home\\040dir xfs rw 0 0\n";
    private static final long VDB = MountTable.makedev(252, 16);
    private static final long VDB1 = MountTable.makedev(252, 17);
    private static final long VDC = MountTable.makedev(252, 32);
    private static final Map<String, Long> DEVICES = Map.of("/dev/vdb1", VDB1, "/dev/mapper/vg-home",
            MountTable.makedev(253, 0));

    private static MountTable table() {
        return new MountTable(MountTable.parse(MOUNTS), path -> DEVICES.getOrDefault(path, 0L));
    }

    @Test
    void aDiskWhosePartitionIsMountedIsFound() {
        assertEquals("/data", table().mountOf(Set.of(VDB, VDB1)).orElseThrow().mountPoint());
    }

    @Test
    void anUnmountedDiskIsNotFound() {
        assertTrue(table().mountOf(Set.of(VDC)).isEmpty());
    }

    @Test
    void escapedMountPointsAreDecoded() {
        assertEquals("/home dir", table().mountOf(Set.of(MountTable.makedev(253, 0))).orElseThrow().mountPoint());
    }

    @Test
    void makedevRoundTripsLargeNumbers() {
        long dev = MountTable.makedev(259, 70000);
        assertEquals(259, PathInfo.major(dev));
        assertEquals(70000, PathInfo.minor(dev));
    }

    @Test
    void writingToAMountedBlockDeviceIsRefusedBeforeAnyIo() {
        List<JobSpec> jobs = TestRuns.jobs("[w]\nrw=write\nfilename=/dev/vdb\n");
        JobSettings settings = new JobSettingsReader().read(jobs.get(0), 1, new ArrayList<>());
        TargetPlanner planner = new TargetPlanner(
                path -> new PathInfo(true, TargetFile.Kind.BLOCK_DEVICE, 1L << 30, 0, VDB, false),
                (path, rdev) -> table().mountOf(Set.of(rdev, VDB1)).ifPresent(m -> {
                    throw new JobSetupException(path + " holds the file system mounted on " + m.mountPoint());
                }));
        JobSetupException e = assertThrows(JobSetupException.class, () -> planner.plan(settings, false));
        assertEquals("/dev/vdb holds the file system mounted on /data", e.getMessage());
    }

    @Test
    void readingAMountedBlockDeviceIsAllowedAsInFio() {
        List<JobSpec> jobs = TestRuns.jobs("[r]\nrw=randread\nfilename=/dev/vdb\n");
        JobSettings settings = new JobSettingsReader().read(jobs.get(0), 1, new ArrayList<>());
        TargetPlanner planner = new TargetPlanner(
                path -> new PathInfo(true, TargetFile.Kind.BLOCK_DEVICE, 1L << 30, 0, VDB, false),
                (path, rdev) -> {
                    throw new AssertionError("a read-only job needs no mount check");
                });
        List<TargetFile> targets = planner.plan(settings, false);
        assertEquals(1L << 30, targets.get(0).region().lengthBytes());
        assertEquals(false, targets.get(0).layout());
    }

    @Test
    void aRealMountedLoopDeviceIsRefusedAndKeepsItsData() throws Exception {
        Path image = dir.resolve("disk.img");
        Files.write(image, new byte[8 << 20]);
        assumeTrue(!sh("mkfs.ext4", "-q", "-F", image.toString()).startsWith("failed"), "no mkfs.ext4 here");
        String loop = sh("losetup", "-f", "--show", image.toString()).trim();
        assumeTrue(loop.startsWith("/dev/loop"), "no loop device here: " + loop);
        Path mnt = Files.createDirectory(dir.resolve("mnt"));
        try {
            assumeTrue(sh("mount", loop, mnt.toString()).isEmpty() && Files.exists(mnt.resolve("lost+found")),
                    "cannot mount the loop device here");
            try {
                JobResult job = TestRuns.run("[w]\nrw=write\nbs=4k\nsize=64k\nfilename=" + loop + "\n").jobs().get(0);
                assertTrue(job.errorMessage().contains(loop + " holds the file system mounted on " + mnt),
                        job.errorMessage());
                assertTrue(job.errorMessage().contains("jfio does not write to a mounted device"), job.errorMessage());
                assertEquals(0, job.stats().direction(io.jfio.model.result.Direction.WRITE).ios());
            } finally {
                sh("umount", mnt.toString());
            }
        } finally {
            sh("losetup", "-d", loop);
        }
    }

    private static String sh(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "failed: " + out;
        } catch (java.io.IOException e) {
            return "failed: " + e.getMessage();
        }
    }
}
