package io.jfio.engine.run;

import io.jfio.model.result.DiskUtil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Disk utilisation as fio reports it: the block devices under the jobs' files (a partition counts as
 * its disk), and the difference of their /proc/diskstats counters between two snapshots. Files on
 * file systems without a block device (tmpfs, overlay) have none. Immutable; any thread.
 */
final class DiskStats {

    /** One device's /proc/diskstats counters. */
    record Counters(long reads, long readMerges, long readTicks, long writes, long writeMerges, long writeTicks,
                    long ioTicks, long inQueue) {
    }

    private final Map<String, Counters> byName;

    private DiskStats(Map<String, Counters> byName) {
        this.byName = byName;
    }

    /** The counters of every device now (empty when /proc/diskstats cannot be read). */
    static DiskStats snapshot() {
        try {
            return of(Files.readString(Path.of("/proc/diskstats")));
        } catch (IOException e) {
            return new DiskStats(Map.of());
        }
    }

    /** The counters of a /proc/diskstats text. */
    static DiskStats of(String text) {
        return new DiskStats(parse(text));
    }

    static Map<String, Counters> parse(String text) {
        Map<String, Counters> out = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 14) {
                continue;
            }
            try {
                out.put(f[2], new Counters(l(f[3]), l(f[4]), l(f[6]), l(f[7]), l(f[8]), l(f[10]), l(f[12]), l(f[13])));
            } catch (NumberFormatException e) {
                // a line of another format is skipped
            }
        }
        return out;
    }

    private static long l(String s) {
        return Long.parseLong(s);
    }

    /** The whole-disk names (vda, nvme0n1) of the devices holding {@code paths}, in first-seen order. */
    static List<String> devicesUnder(List<String> paths) {
        Set<String> names = new LinkedHashSet<>();
        for (String path : paths) {
            PathInfo info;
            try {
                info = PathInfo.of(path);
            } catch (JobSetupException e) {
                continue;
            }
            long dev = info.exists() && info.kind() == TargetFile.Kind.BLOCK_DEVICE ? info.rdev()
                    : PathInfo.deviceHolding(path);
            String name = diskName(dev);
            if (name != null) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    private static String diskName(long dev) {
        if (PathInfo.major(dev) == 0) {
            return null;
        }
        Path sys = Path.of("/sys/dev/block/" + PathInfo.major(dev) + ":" + PathInfo.minor(dev));
        try {
            Path real = sys.toRealPath();
            if (Files.exists(real.resolve("partition"))) {
                real = real.getParent();
            }
            return real.getFileName().toString();
        } catch (IOException e) {
            return null;
        }
    }

    /** fio's disk_util of {@code names} between {@code before} and this snapshot, over {@code wallMillis}. */
    List<DiskUtil> since(DiskStats before, List<String> names, long wallMillis) {
        List<DiskUtil> out = new ArrayList<>();
        for (String name : names) {
            Counters a = before.byName.get(name);
            Counters b = byName.get(name);
            if (a == null || b == null) {
                continue;
            }
            long busy = b.ioTicks() - a.ioTicks();
            double util = wallMillis <= 0 ? 0 : Math.min(100.0, 100.0 * busy / wallMillis);
            out.add(new DiskUtil(name, b.reads() - a.reads(), b.writes() - a.writes(), b.readMerges() - a.readMerges(),
                    b.writeMerges() - a.writeMerges(), b.readTicks() - a.readTicks(), b.writeTicks() - a.writeTicks(),
                    b.inQueue() - a.inQueue(), util));
        }
        return out;
    }
}
