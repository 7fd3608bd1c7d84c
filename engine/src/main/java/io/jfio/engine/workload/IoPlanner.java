package io.jfio.engine.workload;

/**
 * What a job's worker asks before each I/O: {@link #next()} plans one step and the accessors describe
 * it. A step is one of
 * <ul>
 *   <li>{@link #IO}: issue {@link #direction()} on file {@link #fileIndex()} at {@link #offsetBytes()}
 *       for {@link #lengthBytes()} bytes;</li>
 *   <li>{@link #SYNC}: fsync ({@link #isDataSync()} false) or fdatasync file {@link #fileIndex()}, due
 *       after every fsync=N / fdatasync=N writes, issued before the next I/O as fio does (so none
 *       after the job's last write);</li>
 *   <li>{@link #LOOP_END}: the loop is complete (io_size bytes, or every file exhausted, or number_ios);
 *       drain in-flight I/O, count the loop, re-open files if wanted; the next call starts the next
 *       loop;</li>
 *   <li>{@link #DONE}: after the last loop's LOOP_END (never for time_based jobs, unless number_ios
 *       or an empty region ends them); it stays DONE.</li>
 * </ul>
 *
 * A loop moves io_size bytes (default: the regions' total), issuing while fewer bytes than that have been
 * planned, so like fio the last I/O may overshoot it. trimwrite plans each trim, then a write of the same
 * block that does not count again. number_ios limits the whole job to number_ios × loops I/Os, which is
 * what fio 3.33 does. Direction mixes draw each I/O independently (rwmixread percent reads), which gives
 * the same geometric run lengths fio shows.
 *
 * <p>Everything is allocated in the constructor; {@link #next()} allocates nothing and makes no
 * megamorphic calls. Threading: one I/O thread (the job's worker).
 */
public final class IoPlanner {
    /** Step: issue one data I/O. */
    public static final int IO = 1;
    /** Step: fsync or fdatasync one file. */
    public static final int SYNC = 2;
    /** Step: the current loop is complete. */
    public static final int LOOP_END = 3;
    /** Step: the job has nothing more to do. */
    public static final int DONE = 4;

    private final RwPattern pattern;
    private final boolean mixed;
    private final boolean trimWrite;
    private final int fixedDirection;
    private final int readPercent;
    private final long randomModifier;
    private final boolean identicalSequencer;
    private final int[] percentageRandom = new int[DataDirection.COUNT];
    private final long bytesPerLoop;
    private final long ioLimit;
    private final long loops;
    private final boolean timeBased;
    private final int fsyncEvery;
    private final int fdatasyncEvery;

    private final FileWalker[] walkers;
    private final boolean[] exhausted;
    private final FileServiceType fileService;
    private final int switchEvery;
    private final BlockDistribution fileDistribution;
    private final int maxBlockBytes;
    private final int minBlockBytes;

    private final Prng mixPrng;
    private final Prng sequentialOrRandomPrng;

    private int currentFile;
    private int iosOnCurrentFile;
    private int exhaustedCount;
    private long iosSinceRandomOffset;

    private long bytesThisLoop;
    private long iosThisLoop;
    private long iosTotal;
    private long writesTotal;
    private long loopsCompleted;
    private boolean loopEndReturned;
    private boolean jobDone;
    private boolean finished;

    private int pendingSync;
    private int pendingSyncFile;
    private static final int SYNC_NONE = 0;
    private static final int SYNC_FSYNC = 1;
    private static final int SYNC_FDATASYNC = 2;

    private boolean writeAfterTrimPending;

    private int stepFile;
    private int stepDirection;
    private long stepOffset;
    private int stepLength;
    private boolean stepDataSync;
    private RateLimiter mixRate; // set by paceMixBy for a rate-limited read/write mix

    /**
     * @param spec    the job's workload
     * @param regions one region per file of the job, in file order (see {@link FileRegion#resolve})
     * @param seeds   the job's random seeds
     */
    public IoPlanner(WorkloadSpec spec, FileRegion[] regions, RandomSeeds seeds) {
        if (regions.length == 0) {
            throw new IllegalArgumentException("a job needs at least one file");
        }
        this.pattern = spec.pattern();
        this.mixed = pattern.isReadWriteMix();
        this.trimWrite = pattern.isTrimWrite();
        this.fixedDirection = trimWrite || pattern.issues(DataDirection.TRIM) ? DataDirection.TRIM_INDEX
                : pattern.issues(DataDirection.WRITE) ? DataDirection.WRITE_INDEX : DataDirection.READ_INDEX;
        this.readPercent = spec.readPercent();
        this.randomModifier = pattern.isRandom() ? spec.rwModifier() : 0;
        this.identicalSequencer = spec.sequencer() == RwSequencer.IDENTICAL;
        for (DataDirection d : DataDirection.values()) {
            percentageRandom[d.index()] = spec.percentageRandom(d);
        }
        long regionTotal = 0;
        for (FileRegion r : regions) {
            regionTotal += r.lengthBytes();
        }
        this.bytesPerLoop = spec.ioSizeBytes() > 0 ? spec.ioSizeBytes() : regionTotal;
        this.ioLimit = spec.numberIos() > 0 ? spec.numberIos() * spec.loops() : Long.MAX_VALUE;
        this.loops = spec.loops();
        this.timeBased = spec.timeBased();
        this.fsyncEvery = spec.fsyncEveryWrites();
        this.fdatasyncEvery = spec.fdatasyncEveryWrites();
        this.maxBlockBytes = spec.maxBlockBytes();
        this.minBlockBytes = spec.minBlockBytes();

        BlockSizeChooser[] choosers = {
            new BlockSizeChooser(spec.blockSize(DataDirection.READ), spec.blockSizeUnaligned(),
                    seeds.newPrng(RandomStream.BLOCK_SIZE_READ)),
            new BlockSizeChooser(spec.blockSize(DataDirection.WRITE), spec.blockSizeUnaligned(),
                    seeds.newPrng(RandomStream.BLOCK_SIZE_WRITE)),
            new BlockSizeChooser(spec.blockSize(DataDirection.TRIM), spec.blockSizeUnaligned(),
                    seeds.newPrng(RandomStream.BLOCK_SIZE_TRIM)),
        };
        Prng offsetPrng = seeds.newPrng(RandomStream.OFFSET);
        Prng distributionPrng = seeds.newPrng(RandomStream.DISTRIBUTION);
        this.walkers = new FileWalker[regions.length];
        for (int i = 0; i < regions.length; i++) {
            walkers[i] = new FileWalker(spec, regions[i], choosers, offsetPrng, distributionPrng);
        }
        this.exhausted = new boolean[regions.length];
        this.fileService = spec.fileServiceType();
        this.switchEvery = spec.fileServiceSwitchEvery();
        this.fileDistribution = new BlockDistribution(spec.fileServiceDistribution(), regions.length, 1,
                seeds.newPrng(RandomStream.FILE_SELECTION));
        this.mixPrng = seeds.newPrng(RandomStream.RW_MIX);
        this.sequentialOrRandomPrng = seeds.newPrng(RandomStream.SEQUENTIAL_OR_RANDOM);
        resetLoopState();
    }

    /**
     * Paces a read/write mix as fio does: when the direction the mix picked must still wait for its rate and
     * the other is due (or due sooner), the other goes instead, so each direction reaches its own rate
     * ({@code rate_iops=1000,2000} gives 1000 reads and 2000 writes a second, whatever rwmixread says).
     * Call before the first {@link #next(long)}; no effect on other patterns.
     */
    public void paceMixBy(RateLimiter rate) {
        this.mixRate = mixed && (rate.isLimited(DataDirection.READ_INDEX) || rate.isLimited(DataDirection.WRITE_INDEX))
                ? rate : null;
    }

    /** Plans the next step: {@link #IO}, {@link #SYNC}, {@link #LOOP_END} or {@link #DONE}. */
    public int next() {
        return next(0);
    }

    /** Like {@link #next()}, at {@code nowNanos} (a clock reading the {@link #paceMixBy pacing} compares with). */
    public int next(long nowNanos) {
        if (finished) {
            return DONE;
        }
        if (loopEndReturned) {
            loopEndReturned = false;
            if (jobDone) {
                finished = true;
                return DONE;
            }
            startNextLoop();
        }
        if (writeAfterTrimPending) {
            writeAfterTrimPending = false;
            stepDirection = DataDirection.WRITE_INDEX;
            countWrite(stepFile);
            return IO;
        }
        if (bytesThisLoop >= bytesPerLoop || iosTotal >= ioLimit) {
            return endLoop();
        }
        if (pendingSync != SYNC_NONE) {
            stepFile = pendingSyncFile;
            stepDataSync = pendingSync == SYNC_FDATASYNC;
            pendingSync = SYNC_NONE;
            return SYNC;
        }
        int direction = nextDirection();
        if (mixRate != null) {
            direction = dueDirection(direction, nowNanos);
        }
        int pick = nextPick(direction);
        int file = selectFile();
        while (!walkers[file].plan(direction, pick)) {
            exhausted[file] = true;
            if (++exhaustedCount == walkers.length) {
                return endLoop();
            }
            file = nextUnexhausted(file);
            currentFile = file;
            iosOnCurrentFile = 0;
        }
        FileWalker walker = walkers[file];
        stepFile = file;
        stepDirection = direction;
        stepOffset = walker.plannedOffset();
        stepLength = walker.plannedLength();
        iosOnCurrentFile++;
        bytesThisLoop += stepLength;
        iosThisLoop++;
        iosTotal++;
        if (trimWrite) {
            writeAfterTrimPending = true;
        } else if (direction == DataDirection.WRITE_INDEX) {
            countWrite(file);
        }
        return IO;
    }

    /** File index (into the regions given at construction) of the current IO or SYNC step. */
    public int fileIndex() {
        return stepFile;
    }

    /** Direction of the current IO step. */
    public DataDirection direction() {
        return DataDirection.ofIndex(stepDirection);
    }

    /** Direction of the current IO step as a {@link DataDirection#index()}. */
    public int directionIndex() {
        return stepDirection;
    }

    /** Absolute byte offset in the file of the current IO step. */
    public long offsetBytes() {
        return stepOffset;
    }

    /** Length in bytes of the current IO step, at most {@link #maxBlockBytes()}. */
    public int lengthBytes() {
        return stepLength;
    }

    /** For a SYNC step: fdatasync (true) or fsync (false). */
    public boolean isDataSync() {
        return stepDataSync;
    }

    /** Loops completed so far (LOOP_END steps returned). */
    public long loopsCompleted() {
        return loopsCompleted;
    }

    /** Bytes planned in the current loop (trimwrite's writes not counted). */
    public long bytesThisLoop() {
        return bytesThisLoop;
    }

    /** Data I/Os planned in the whole job (trimwrite's writes not counted, as number_ios counts). */
    public long iosPlanned() {
        return iosTotal;
    }

    /** The largest I/O this planner can return: size buffers from it. */
    public int maxBlockBytes() {
        return maxBlockBytes;
    }

    /** The smallest block size of the job (I/Os can be shorter only when the random map truncates them). */
    public int minBlockBytes() {
        return minBlockBytes;
    }

    private int endLoop() {
        loopsCompleted++;
        loopEndReturned = true;
        jobDone = iosTotal >= ioLimit || iosThisLoop == 0 || (!timeBased && loopsCompleted >= loops);
        writeAfterTrimPending = false;
        return LOOP_END;
    }

    private void startNextLoop() {
        for (FileWalker w : walkers) {
            w.startLoop();
        }
        resetLoopState();
    }

    private void resetLoopState() {
        bytesThisLoop = 0;
        iosThisLoop = 0;
        exhaustedCount = 0;
        java.util.Arrays.fill(exhausted, false);
        currentFile = fileService == FileServiceType.RANDOM ? (int) fileDistribution.next() : 0;
        iosOnCurrentFile = 0;
        iosSinceRandomOffset = 0;
    }

    // The mix's choice if it may go now; else whichever of read and write may go soonest.
    private int dueDirection(int chosen, long nowNanos) {
        long wait = mixRate.delayNanos(chosen, nowNanos);
        if (wait == 0) {
            return chosen;
        }
        int other = chosen == DataDirection.READ_INDEX ? DataDirection.WRITE_INDEX : DataDirection.READ_INDEX;
        return mixRate.delayNanos(other, nowNanos) < wait ? other : chosen;
    }

    private int nextDirection() {
        if (!mixed) {
            return fixedDirection;
        }
        return mixPrng.nextInt(100) < readPercent ? DataDirection.READ_INDEX : DataDirection.WRITE_INDEX;
    }

    private int nextPick(int direction) {
        if (!pattern.isRandom()) {
            return FileWalker.PICK_SEQUENTIAL;
        }
        int pick = FileWalker.PICK_RANDOM;
        if (randomModifier > 1) {
            if (iosSinceRandomOffset > 0 && iosSinceRandomOffset < randomModifier) {
                pick = identicalSequencer ? FileWalker.PICK_IDENTICAL : FileWalker.PICK_CONTINUE;
            } else {
                iosSinceRandomOffset = 0;
            }
            iosSinceRandomOffset++;
        }
        int percent = percentageRandom[direction];
        if (pick == FileWalker.PICK_RANDOM && percent < 100
                && sequentialOrRandomPrng.nextInt(100) >= percent) {
            pick = FileWalker.PICK_CONTINUE;
        }
        return pick;
    }

    private int selectFile() {
        if (walkers.length == 1) {
            return 0;
        }
        switch (fileService) {
            case ROUNDROBIN:
                if (iosOnCurrentFile >= switchEvery) {
                    currentFile = nextUnexhausted(currentFile);
                    iosOnCurrentFile = 0;
                }
                break;
            case SEQUENTIAL:
                FileWalker w = walkers[currentFile];
                if (w.passBytes() >= w.usableBytes()) {
                    currentFile = nextUnexhausted(currentFile);
                    iosOnCurrentFile = 0;
                }
                break;
            default:
                if (iosOnCurrentFile >= switchEvery) {
                    currentFile = (int) fileDistribution.next();
                    iosOnCurrentFile = 0;
                }
                break;
        }
        if (exhausted[currentFile]) {
            currentFile = nextUnexhausted(currentFile);
        }
        return currentFile;
    }

    /** The first file after {@code file} (cyclically) not exhausted in this loop. */
    private int nextUnexhausted(int file) {
        int f = file;
        for (int i = 0; i < walkers.length; i++) {
            f = f + 1 == walkers.length ? 0 : f + 1;
            if (!exhausted[f]) {
                return f;
            }
        }
        return file;
    }

    private void countWrite(int file) {
        writesTotal++;
        if (fsyncEvery > 0 && writesTotal % fsyncEvery == 0) {
            pendingSync = SYNC_FSYNC;
            pendingSyncFile = file;
        } else if (fdatasyncEvery > 0 && writesTotal % fdatasyncEvery == 0 && pendingSync == SYNC_NONE) {
            pendingSync = SYNC_FDATASYNC;
            pendingSyncFile = file;
        }
    }
}
