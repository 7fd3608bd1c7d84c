package io.jfio.engine.workload;

/**
 * The byte range of one file that a job works in: {@code [startBytes, startBytes + lengthBytes)}.
 * Immutable; any thread.
 *
 * @param startBytes  first byte of the region (offset + offset_increment × job number)
 * @param lengthBytes length of the region (size per file); generators only use whole blocks of it
 */
public record FileRegion(long startBytes, long lengthBytes) {

    public FileRegion {
        if (startBytes < 0 || lengthBytes < 0) {
            throw new IllegalArgumentException("region must not be negative: start " + startBytes + ", length " + lengthBytes);
        }
    }

    /**
     * The region of one file as fio computes it from offset, offset_align, offset_increment and size.
     * Percentages are of {@code fileSizeBytes} (the file's real size, or the size it will be laid out to);
     * a percentage offset or increment is aligned up to {@code offset_align}, or to the minimum block size
     * when that is 0, as fio does (offset=10% of 100 KiB with bs=4k starts at 12 KiB).
     *
     * @param fileSizeBytes  size of the file (or device)
     * @param options        the options as given
     * @param jobNumber      0-based clone number (numjobs), multiplies offset_increment
     * @param minBlockBytes  smallest block size of the job, the default alignment of percentages
     */
    public static FileRegion resolve(long fileSizeBytes, RegionOptions options, int jobNumber, int minBlockBytes) {
        long align = options.offsetAlignBytes() > 0 ? options.offsetAlignBytes() : minBlockBytes;
        long offset = options.offsetPercent() > 0
                ? alignUp(percentOf(fileSizeBytes, options.offsetPercent()), align)
                : options.offsetBytes();
        long increment = options.offsetIncrementPercent() > 0
                ? alignUp(percentOf(fileSizeBytes, options.offsetIncrementPercent()), align)
                : options.offsetIncrementBytes();
        long start = offset + increment * jobNumber;
        long length;
        if (options.sizePercent() > 0) {
            length = percentOf(fileSizeBytes, options.sizePercent());
        } else if (options.sizeBytes() > 0) {
            length = options.sizeBytes();
        } else {
            length = Math.max(0, fileSizeBytes - start);
        }
        return new FileRegion(start, length);
    }

    /** The byte after the region. */
    public long endBytes() {
        return startBytes + lengthBytes;
    }

    private static long percentOf(long bytes, double percent) {
        return (long) (bytes * (percent / 100.0));
    }

    private static long alignUp(long value, long align) {
        if (align <= 1) {
            return value;
        }
        long rem = value % align;
        return rem == 0 ? value : value + align - rem;
    }

    /**
     * The region options as given in a job. A percent field above 0 wins over its byte field.
     * Immutable; any thread.
     *
     * @param offsetBytes            offset in bytes
     * @param offsetPercent          offset as N% of the file, 0 if not a percentage
     * @param offsetAlignBytes       offset_align, 0 for the minimum block size
     * @param offsetIncrementBytes   offset_increment in bytes
     * @param offsetIncrementPercent offset_increment as a percentage, 0 if not
     * @param sizeBytes              size per file in bytes, 0 for the rest of the file after the offset
     * @param sizePercent            size as a percentage, 0 if not
     */
    public record RegionOptions(long offsetBytes, double offsetPercent, long offsetAlignBytes,
                                long offsetIncrementBytes, double offsetIncrementPercent,
                                long sizeBytes, double sizePercent) {
        /** Just offset and size in bytes. */
        public static RegionOptions ofBytes(long offsetBytes, long sizeBytes) {
            return new RegionOptions(offsetBytes, 0, 0, 0, 0, sizeBytes, 0);
        }
    }
}
