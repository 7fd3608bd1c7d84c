package io.jfio.engine.run;

import io.jfio.engine.workload.DataDirection;
import io.jfio.engine.workload.FileRegion;
import io.jfio.engine.workload.RandomStream;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Decides, for each file a job names, how big it must be and which bytes the job works in, as fio does:
 * {@code size} is the job's total, split evenly over its files; {@code filesize} (a value or a range)
 * sizes each file and leaves {@code size} as the bytes to move; without either, files must exist and
 * their size is used; {@code size=N%} and {@code offset=N%} are of the real size; a device is never laid
 * out and a region past its end is an error. Applies the safety rules: a directory named as a file, a
 * missing directory, and a mounted block device that the job would write are refused. Stateless; any
 * thread.
 */
final class TargetPlanner {

    private final Function<String, PathInfo> stat;
    private final MountCheck mountCheck;

    /** Refuses a block device that holds a mounted file system. */
    interface MountCheck {
        void refuseIfMounted(String path, long rdev);
    }

    TargetPlanner(Function<String, PathInfo> stat, MountCheck mountCheck) {
        this.stat = stat;
        this.mountCheck = mountCheck;
    }

    /** The planner on the real file system and /proc/self/mounts. */
    static TargetPlanner system() {
        return new TargetPlanner(PathInfo::of, TargetPlanner::refuseMounted);
    }

    /**
     * The targets of {@code s}; {@code diskless} for engines that touch no file (sizes come from the
     * options alone).
     */
    List<TargetFile> plan(JobSettings s, boolean diskless) {
        JobSettings.Sizing z = s.sizing();
        int files = s.files().size();
        if (files == 0) {
            throw new JobSetupException("no file to do I/O on");
        }
        boolean writes = s.workload().issues(DataDirection.WRITE) || s.workload().issues(DataDirection.TRIM);
        int minBlock = s.workload().minBlockBytes();
        long perFile = z.sizeBytes() > 0 ? z.sizeBytes() / files : 0;
        SplittableRandom sizes = new SplittableRandom(s.seeds().seedFor(RandomStream.FILE_SELECTION) ^ 0xf11e5L);
        List<TargetFile> out = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            String path = s.files().get(i);
            long wanted = wantedFileSize(z, perFile, sizes, minBlock);
            if (diskless) {
                out.add(disklessTarget(s, path, wanted));
                continue;
            }
            PathInfo info = stat.apply(path);
            if (info.directory()) {
                throw new JobSetupException(path + " is a directory; name a file (filename=) or use directory=");
            }
            if (!info.exists()) {
                String parent = java.nio.file.Path.of(path).toAbsolutePath().getParent().toString();
                if (!stat.apply(parent).exists()) {
                    throw new JobSetupException("directory " + parent + " does not exist (for " + path + ")");
                }
            }
            if (info.exists() && info.kind() == TargetFile.Kind.BLOCK_DEVICE && writes) {
                mountCheck.refuseIfMounted(path, info.rdev());
            }
            out.add(info.exists() && info.kind() != TargetFile.Kind.REGULAR
                    ? deviceTarget(s, path, info, perFile)
                    : fileTarget(s, path, info, perFile, wanted));
        }
        return out;
    }

    private static long wantedFileSize(JobSettings.Sizing z, long perFile, SplittableRandom sizes, int minBlock) {
        if (z.fileSizeLowBytes() > 0) {
            long low = z.fileSizeLowBytes();
            long high = z.fileSizeHighBytes();
            if (high <= low) {
                return low;
            }
            long drawn = sizes.nextLong(low, high + 1);
            return Math.max(low, drawn - drawn % minBlock);
        }
        return perFile;
    }

    private static TargetFile disklessTarget(JobSettings s, String path, long wanted) {
        JobSettings.Sizing z = s.sizing();
        if (wanted <= 0) {
            throw new JobSetupException("ioengine=" + s.engineName() + " needs size= or filesize=");
        }
        long start = z.offsetBytes() + z.incrementBytes() * s.jobNumber();
        long fileSize = start + wanted;
        return new TargetFile(path, TargetFile.Kind.DISKLESS, fileSize, false, false, region(s, fileSize, wanted));
    }

    private static TargetFile deviceTarget(JobSettings s, String path, PathInfo info, long perFile) {
        long capacity = info.sizeBytes();
        if (capacity <= 0 && perFile <= 0) {
            throw new JobSetupException(path + " has no size of its own; give size=");
        }
        long size = capacity > 0 ? capacity : Long.MAX_VALUE / 4;
        FileRegion region = region(s, size, perFile);
        if (capacity > 0 && region.endBytes() > capacity) {
            throw new JobSetupException("the job's region of " + path + " (" + region.startBytes() + " to "
                    + region.endBytes() + ") ends past the device's " + capacity + " bytes");
        }
        return new TargetFile(path, info.kind(), size, true, false, region);
    }

    private static TargetFile fileTarget(JobSettings s, String path, PathInfo info, long perFile, long wanted) {
        JobSettings.Sizing z = s.sizing();
        long start = z.offsetBytes() + z.incrementBytes() * s.jobNumber();
        long existing = info.exists() ? info.sizeBytes() : 0;
        long needed;
        if (z.fileSizeLowBytes() > 0) {
            needed = wanted;
        } else if (perFile > 0) {
            needed = start + perFile;
        } else if (info.exists() && existing > 0) {
            needed = existing;
        } else {
            throw new JobSetupException("no size given and " + path
                    + (info.exists() ? " is empty" : " does not exist") + "; set size= or filesize=");
        }
        long size = Math.max(existing, needed);
        boolean layout = !info.exists() || existing < needed;
        FileRegion region = region(s, size, z.fileSizeLowBytes() > 0 ? 0 : perFile);
        if (region.endBytes() > size) {
            // offset_increment or percentages push the region past the file: grow it, as fio does
            size = region.endBytes();
            layout = true;
        }
        return new TargetFile(path, TargetFile.Kind.REGULAR, size, info.exists(), layout, region);
    }

    private static FileRegion region(JobSettings s, long fileSize, long perFileBytes) {
        JobSettings.Sizing z = s.sizing();
        FileRegion.RegionOptions options = new FileRegion.RegionOptions(z.offsetBytes(), z.offsetPercent(),
                z.offsetAlignBytes(), z.incrementBytes(), z.incrementPercent(), perFileBytes, z.sizePercent());
        FileRegion region = FileRegion.resolve(fileSize, options, s.jobNumber(), s.workload().minBlockBytes());
        if (region.lengthBytes() < s.workload().minBlockBytes()) {
            throw new JobSetupException("the job's region (" + region.lengthBytes()
                    + " bytes) is smaller than its block size; check size=, offset= and filesize=");
        }
        return region;
    }

    private static void refuseMounted(String path, long rdev) {
        MountTable.current().mountOf(MountTable.withPartitions(rdev)).ifPresent(m -> {
            throw new JobSetupException(path + " holds the file system mounted on " + m.mountPoint() + " (" + m.source()
                    + " in /proc/self/mounts); jfio does not write to a mounted device");
        });
    }
}
