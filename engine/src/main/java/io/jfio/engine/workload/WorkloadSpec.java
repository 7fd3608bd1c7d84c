package io.jfio.engine.workload;

import java.util.Arrays;

/**
 * Everything that decides the sequence of I/Os one job asks for, as plain already-parsed values:
 * directions, offsets, block sizes, loops and syncs. Build with {@link #builder()}; every setter names the
 * fio option it stands for and defaults to fio's default. Per-direction values are indexed by
 * {@link DataDirection#index()}. Immutable; any thread.
 */
public final class WorkloadSpec {
    private final RwPattern pattern;
    private final long rwModifier;
    private final RwSequencer sequencer;
    private final int readPercent;
    private final BlockSizeSpec[] blockSizes;
    private final boolean blockSizeUnaligned;
    private final boolean blockSizeIsSeqRand;
    private final long[] blockAlignBytes;
    private final int[] percentageRandom;
    private final boolean noRandomMap;
    private final RandomGeneratorKind randomGenerator;
    private final DistributionSpec[] distributions;
    private final long zoneSizeBytes;
    private final long zoneRangeBytes;
    private final long zoneSkipBytes;
    private final long ioSizeBytes;
    private final long numberIos;
    private final long loops;
    private final boolean timeBased;
    private final int fsyncEveryWrites;
    private final int fdatasyncEveryWrites;
    private final FileServiceType fileServiceType;
    private final int fileServiceSwitchEvery;
    private final DistributionSpec fileServiceDistribution;

    private WorkloadSpec(Builder b) {
        pattern = b.pattern;
        rwModifier = b.rwModifier;
        sequencer = b.sequencer;
        readPercent = b.readPercent;
        blockSizes = b.blockSizes.clone();
        blockSizeUnaligned = b.blockSizeUnaligned;
        blockSizeIsSeqRand = b.blockSizeIsSeqRand;
        blockAlignBytes = b.blockAlignBytes.clone();
        percentageRandom = b.percentageRandom.clone();
        noRandomMap = b.noRandomMap;
        randomGenerator = b.randomGenerator;
        distributions = b.distributions.clone();
        zoneSizeBytes = b.zoneSizeBytes;
        zoneRangeBytes = b.zoneRangeBytes > 0 ? b.zoneRangeBytes : b.zoneSizeBytes;
        zoneSkipBytes = b.zoneSkipBytes;
        ioSizeBytes = b.ioSizeBytes;
        numberIos = b.numberIos;
        loops = b.loops;
        timeBased = b.timeBased;
        fsyncEveryWrites = b.fsyncEveryWrites;
        fdatasyncEveryWrites = b.fdatasyncEveryWrites;
        fileServiceType = b.fileServiceType;
        fileServiceSwitchEvery = b.fileServiceSwitchEvery;
        fileServiceDistribution = b.fileServiceDistribution;
    }

    /** A builder holding fio's defaults: rw=read, bs=4k, rwmixread=50, loops=1. */
    public static Builder builder() {
        return new Builder();
    }

    public RwPattern pattern() {
        return pattern;
    }

    /** The :N of rw: bytes skipped after each I/O for sequential patterns, I/Os per new offset for random. */
    public long rwModifier() {
        return rwModifier;
    }

    public RwSequencer sequencer() {
        return sequencer;
    }

    /** rwmixread, in percent. */
    public int readPercent() {
        return readPercent;
    }

    public BlockSizeSpec blockSize(DataDirection direction) {
        return blockSizes[direction.index()];
    }

    public boolean blockSizeUnaligned() {
        return blockSizeUnaligned;
    }

    public boolean blockSizeIsSeqRand() {
        return blockSizeIsSeqRand;
    }

    /** blockalign of a direction, 0 when not given (align to the direction's minimum block size). */
    public long blockAlignBytes(DataDirection direction) {
        return blockAlignBytes[direction.index()];
    }

    public int percentageRandom(DataDirection direction) {
        return percentageRandom[direction.index()];
    }

    public boolean noRandomMap() {
        return noRandomMap;
    }

    public RandomGeneratorKind randomGenerator() {
        return randomGenerator;
    }

    public DistributionSpec distribution(DataDirection direction) {
        return distributions[direction.index()];
    }

    /** zonesize with zonemode=strided; 0 when zones are off. */
    public long zoneSizeBytes() {
        return zoneSizeBytes;
    }

    /** zonerange (defaults to zonesize). */
    public long zoneRangeBytes() {
        return zoneRangeBytes;
    }

    public long zoneSkipBytes() {
        return zoneSkipBytes;
    }

    /** io_size, 0 when not given (the loop then moves the regions' total size). */
    public long ioSizeBytes() {
        return ioSizeBytes;
    }

    public long numberIos() {
        return numberIos;
    }

    public long loops() {
        return loops;
    }

    public boolean timeBased() {
        return timeBased;
    }

    public int fsyncEveryWrites() {
        return fsyncEveryWrites;
    }

    public int fdatasyncEveryWrites() {
        return fdatasyncEveryWrites;
    }

    public FileServiceType fileServiceType() {
        return fileServiceType;
    }

    public int fileServiceSwitchEvery() {
        return fileServiceSwitchEvery;
    }

    public DistributionSpec fileServiceDistribution() {
        return fileServiceDistribution;
    }

    /** Whether the job issues I/O in {@code direction}. */
    public boolean issues(DataDirection direction) {
        return pattern.issues(direction);
    }

    /** The smallest block size of the directions this job issues. */
    public int minBlockBytes() {
        int min = Integer.MAX_VALUE;
        for (DataDirection d : DataDirection.values()) {
            if (issuesSizesOf(d)) {
                min = Math.min(min, blockSizes[d.index()].minBytes());
            }
        }
        return min;
    }

    /** The largest block size of the directions this job issues: size the I/O buffers from it. */
    public int maxBlockBytes() {
        int max = 0;
        for (DataDirection d : DataDirection.values()) {
            if (issuesSizesOf(d)) {
                max = Math.max(max, blockSizes[d.index()].maxBytes());
            }
        }
        return max;
    }

    /** Whether the sizes of {@code direction} are used (bs_is_seq_rand uses the read and write sizes). */
    boolean issuesSizesOf(DataDirection direction) {
        if (blockSizeIsSeqRand) {
            return direction != DataDirection.TRIM;
        }
        return pattern.issues(direction);
    }

    /**
     * Builds a {@link WorkloadSpec}. Setters validate their argument and throw IllegalArgumentException
     * with a message that starts with the fio option name. Not thread safe; use on one thread.
     */
    public static final class Builder {
        private RwPattern pattern = RwPattern.READ;
        private long rwModifier;
        private RwSequencer sequencer = RwSequencer.SEQUENTIAL;
        private int readPercent = 50;
        private final BlockSizeSpec[] blockSizes = {
            BlockSizeSpec.fixed(4096), BlockSizeSpec.fixed(4096), BlockSizeSpec.fixed(4096)};
        private boolean blockSizeUnaligned;
        private boolean blockSizeIsSeqRand;
        private final long[] blockAlignBytes = new long[DataDirection.COUNT];
        private final int[] percentageRandom = {100, 100, 100};
        private boolean noRandomMap;
        private RandomGeneratorKind randomGenerator = RandomGeneratorKind.TAUSWORTHE;
        private final DistributionSpec[] distributions = {
            DistributionSpec.uniform(), DistributionSpec.uniform(), DistributionSpec.uniform()};
        private long zoneSizeBytes;
        private long zoneRangeBytes;
        private long zoneSkipBytes;
        private long ioSizeBytes;
        private long numberIos;
        private long loops = 1;
        private boolean timeBased;
        private int fsyncEveryWrites;
        private int fdatasyncEveryWrites;
        private FileServiceType fileServiceType = FileServiceType.ROUNDROBIN;
        private int fileServiceSwitchEvery = 1;
        private DistributionSpec fileServiceDistribution = DistributionSpec.uniform();

        private Builder() {
        }

        /** {@code rw} without its :N. */
        public Builder pattern(RwPattern value) {
            pattern = value;
            return this;
        }

        /**
         * The {@code :N} of rw: for sequential patterns bytes added to the offset after every I/O (rw=write:4k
         * writes with 4 KiB holes; a negative N goes backwards: rw=read:-8k with bs=4k reads blocks in
         * descending order); for random patterns the number of I/Os per new random offset (rw=randread:8).
         */
        public Builder rwModifier(long value) {
            rwModifier = value;
            return this;
        }

        /** {@code rw_sequencer}. */
        public Builder sequencer(RwSequencer value) {
            sequencer = value;
            return this;
        }

        /** {@code rwmixread} (rwmixwrite=W is rwmixread=100-W; the one given last wins, as in fio). */
        public Builder readPercent(int percent) {
            readPercent = checkPercent("rwmixread", percent);
            return this;
        }

        /** {@code bs}/{@code bsrange}/{@code bssplit} for all three directions. */
        public Builder blockSize(BlockSizeSpec spec) {
            Arrays.fill(blockSizes, spec);
            return this;
        }

        /** {@code bs}/{@code bsrange}/{@code bssplit} for one direction (bs=4k,64k sets read and write). */
        public Builder blockSize(DataDirection direction, BlockSizeSpec spec) {
            blockSizes[direction.index()] = spec;
            return this;
        }

        /** {@code bs_unaligned}: bsrange sizes need not be multiples of the minimum. */
        public Builder blockSizeUnaligned(boolean value) {
            blockSizeUnaligned = value;
            return this;
        }

        /** {@code bs_is_seq_rand}: the read sizes serve sequential I/O, the write sizes random I/O. */
        public Builder blockSizeIsSeqRand(boolean value) {
            blockSizeIsSeqRand = value;
            return this;
        }

        /** {@code blockalign} of one direction; giving it turns the random map off, as in fio. */
        public Builder blockAlign(DataDirection direction, long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("blockalign: must not be negative, got " + bytes);
            }
            blockAlignBytes[direction.index()] = bytes;
            return this;
        }

        /** {@code percentage_random} of one direction. */
        public Builder percentageRandom(DataDirection direction, int percent) {
            percentageRandom[direction.index()] = checkPercent("percentage_random", percent);
            return this;
        }

        /** {@code percentage_random} for all directions. */
        public Builder percentageRandom(int percent) {
            Arrays.fill(percentageRandom, checkPercent("percentage_random", percent));
            return this;
        }

        /** {@code norandommap}. */
        public Builder noRandomMap(boolean value) {
            noRandomMap = value;
            return this;
        }

        /** {@code random_generator}. */
        public Builder randomGenerator(RandomGeneratorKind value) {
            randomGenerator = value;
            return this;
        }

        /** {@code random_distribution} for all directions. */
        public Builder distribution(DistributionSpec spec) {
            Arrays.fill(distributions, spec);
            return this;
        }

        /** {@code random_distribution} for one direction (zoned sets per direction). */
        public Builder distribution(DataDirection direction, DistributionSpec spec) {
            distributions[direction.index()] = spec;
            return this;
        }

        /**
         * {@code zonemode=strided} with {@code zonesize}, {@code zonerange} (0 means zonesize) and
         * {@code zoneskip}: I/O stays in a zone of zonerange bytes until zonesize bytes have been
         * transferred, then skips to zonerange + zoneskip bytes after the zone's start.
         */
        public Builder zones(long sizeBytes, long rangeBytes, long skipBytes) {
            if (sizeBytes < 0 || rangeBytes < 0 || skipBytes < 0) {
                throw new IllegalArgumentException("zonesize: zone sizes must not be negative");
            }
            zoneSizeBytes = sizeBytes;
            zoneRangeBytes = rangeBytes;
            zoneSkipBytes = skipBytes;
            return this;
        }

        /** {@code io_size}/{@code io_limit}: bytes per loop; 0 (not given) means the regions' total size. */
        public Builder ioSizeBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("io_size: must not be negative, got " + bytes);
            }
            ioSizeBytes = bytes;
            return this;
        }

        /** {@code number_ios}; 0 for no limit. */
        public Builder numberIos(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("number_ios: must not be negative, got " + value);
            }
            numberIos = value;
            return this;
        }

        /** {@code loops}. */
        public Builder loops(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("loops: must be at least 1, got " + value);
            }
            loops = value;
            return this;
        }

        /** {@code time_based}: loops never end the job; the runner stops it at runtime. */
        public Builder timeBased(boolean value) {
            timeBased = value;
            return this;
        }

        /** {@code fsync=N}: an fsync after every N writes; 0 for none. */
        public Builder fsyncEveryWrites(int writes) {
            if (writes < 0) {
                throw new IllegalArgumentException("fsync: must not be negative, got " + writes);
            }
            fsyncEveryWrites = writes;
            return this;
        }

        /** {@code fdatasync=N}: an fdatasync after every N writes; 0 for none. */
        public Builder fdatasyncEveryWrites(int writes) {
            if (writes < 0) {
                throw new IllegalArgumentException("fdatasync: must not be negative, got " + writes);
            }
            fdatasyncEveryWrites = writes;
            return this;
        }

        /**
         * {@code file_service_type}. For random, {@code distribution} picks the file (fio's
         * file_service_type=zipf:1.2 is RANDOM with a zipf spec); {@code switchEvery} is fio's :N.
         */
        public Builder fileService(FileServiceType type, int switchEvery, DistributionSpec distribution) {
            if (switchEvery < 1) {
                throw new IllegalArgumentException("file_service_type: the :N must be at least 1, got " + switchEvery);
            }
            fileServiceType = type;
            fileServiceSwitchEvery = switchEvery;
            fileServiceDistribution = distribution;
            return this;
        }

        /** Checks combinations and builds. */
        public WorkloadSpec build() {
            WorkloadSpec spec = new WorkloadSpec(this);
            if (spec.rwModifier() < 0 && spec.pattern().isRandom()) {
                throw new IllegalArgumentException("rw: a random pattern's :N (I/Os per offset) must not be negative, got "
                        + spec.rwModifier());
            }
            long zoneRange = spec.zoneRangeBytes();
            if (spec.zoneSizeBytes() > 0 && zoneRange < spec.maxBlockBytes()) {
                throw new IllegalArgumentException("zonerange: " + zoneRange
                        + " is smaller than the largest block size " + spec.maxBlockBytes());
            }
            return spec;
        }

        private static int checkPercent(String option, int percent) {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException(option + ": must be between 0 and 100, got " + percent);
            }
            return percent;
        }
    }
}
