package io.jfio.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The mounted file systems (/proc/self/mounts), to refuse writing to a block device that holds one: the
 * device itself or one of its partitions. Devices are compared by number, so /dev/disk/by-id links and
 * /dev/mapper names are caught too. Immutable; any thread.
 */
final class MountTable {

    /** One mount: the source device path and where it is mounted. */
    record Mount(String source, String mountPoint) {
    }

    private final List<Mount> mounts;
    private final ToLongFunction<String> deviceNumber;

    MountTable(List<Mount> mounts, ToLongFunction<String> deviceNumber) {
        this.mounts = List.copyOf(mounts);
        this.deviceNumber = deviceNumber;
    }

    /** This process's mounts, device numbers from stat. */
    static MountTable current() {
        try {
            return new MountTable(parse(Files.readString(Path.of("/proc/self/mounts"))), MountTable::rdevOf);
        } catch (IOException e) {
            throw new JobSetupException("cannot read /proc/self/mounts to check for mounted devices: " + e.getMessage());
        }
    }

    /** The mounts of a /proc/mounts text (octal escapes such as {@code \040} decoded). */
    static List<Mount> parse(String text) {
        List<Mount> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 2 && fields[0].startsWith("/")) {
                out.add(new Mount(unescape(fields[0]), unescape(fields[1])));
            }
        }
        return out;
    }

    /**
     * The mount that uses one of {@code devices} (device numbers: a disk and its partitions), if any.
     */
    Optional<Mount> mountOf(Set<Long> devices) {
        for (Mount m : mounts) {
            long dev = deviceNumber.applyAsLong(m.source());
            if (dev != 0 && devices.contains(dev)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Device numbers of a block device and of its partitions (from /sys/dev/block). */
    static Set<Long> withPartitions(long rdev) {
        Set<Long> out = new java.util.HashSet<>();
        out.add(rdev);
        Path sys = Path.of("/sys/dev/block/" + PathInfo.major(rdev) + ":" + PathInfo.minor(rdev));
        try (var children = Files.list(sys.toRealPath())) {
            children.filter(p -> Files.exists(p.resolve("partition")) && Files.exists(p.resolve("dev")))
                    .forEach(p -> {
                        try {
                            String[] mm = Files.readString(p.resolve("dev")).trim().split(":");
                            out.add(makedev(Integer.parseInt(mm[0]), Integer.parseInt(mm[1])));
                        } catch (IOException | RuntimeException e) {
                            // a partition that vanished while listing is not mounted
                        }
                    });
        } catch (IOException e) {
            // no sysfs entry: only the device itself is checked
        }
        return out;
    }

    static long makedev(int major, int minor) {
        return ((long) (major & 0xfff) << 8) | ((long) (major & ~0xfff) << 32) | (minor & 0xff)
                | ((long) (minor & ~0xff) << 12);
    }

    private static long rdevOf(String path) {
        try {
            return (Long) Files.getAttribute(Path.of(path), "unix:rdev");
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
