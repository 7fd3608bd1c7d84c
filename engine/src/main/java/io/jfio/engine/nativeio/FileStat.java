package io.jfio.engine.nativeio;

/**
 * What jfio needs from fstat(2) and, for block devices, from BLKGETSIZE64/BLKSSZGET. Immutable.
 *
 * <p>x86_64 {@code struct stat} (144 bytes): st_mode u32 at 24, st_rdev u64 at 40, st_size s64 at 48,
 * st_blksize s64 at 56.
 *
 * @param sizeBytes file size, or the device size for a block device
 * @param mode st_mode (type and permission bits)
 * @param preferredIoSizeBytes st_blksize
 * @param logicalBlockSizeBytes the device's logical sector size (BLKSSZGET) for a block device, 0 for others
 */
public record FileStat(long sizeBytes, int mode, long preferredIoSizeBytes, int logicalBlockSizeBytes) {

    static final int STRUCT_SIZE = 144;
    static final int OFFSET_MODE = 24;
    static final int OFFSET_SIZE = 48;
    static final int OFFSET_BLKSIZE = 56;

    private static final int S_IFMT = 0170000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFCHR = 0020000;

    public boolean isBlockDevice() {
        return (mode & S_IFMT) == S_IFBLK;
    }

    public boolean isRegularFile() {
        return (mode & S_IFMT) == S_IFREG;
    }

    public boolean isCharacterDevice() {
        return (mode & S_IFMT) == S_IFCHR;
    }
}
