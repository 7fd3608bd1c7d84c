package io.jfio.engine.workload;

import java.util.Arrays;

/**
 * The offset state of one file's region: where the next sequential I/O goes in each direction, the random
 * map (a keyed permutation, plus a bitmap only when I/O sizes vary), the distributions, the strided zone.
 * {@link IoPlanner} asks it for the offset and size of each I/O.
 *
 * <p>Only whole minimum-size blocks of the region are used (fio rounds the region down the same way;
 * bs_unaligned keeps the exact length). Sequential I/O in a direction starts at the region start each loop,
 * adds the :N hole after every I/O, and wraps to the start when the hole carries it past the end; when an
 * I/O ends at the end of the region, or the next one does not fit, the region is exhausted: the file is
 * done for this loop unless io_size was given or the job is time based, in which case it starts over.
 * A loop that ended on its byte count (io_size, number_ios) leaves the sequential positions where they
 * are, and the next loop goes on from there; a loop that exhausted the file starts the next at the start.
 *
 * <p>A negative :N (rw=read:-8k) goes backwards: each I/O starts N before the end of the previous one,
 * and one that would start before the region wraps to N before the region's end. The first I/O is at the
 * region start when the region starts at 0, else at N before (length - start), relative to the region.
 * An I/O that ends at the region's end exhausts it, as forwards, unless the loop went on from where the
 * previous one stopped: then it starts over as at the first I/O. These are fio 3.33's observed rules
 * (golden iologs in the tests).
 *
 * <p>Threading: one I/O thread.
 */
final class FileWalker {
    static final int PICK_SEQUENTIAL = 0;
    static final int PICK_RANDOM = 1;
    static final int PICK_CONTINUE = 2;
    static final int PICK_IDENTICAL = 3;

    private static final int MAP_NONE = 0;
    private static final int MAP_FEISTEL = 1;
    private static final int MAP_LFSR = 2;

    private final long regionStart;
    private final long regionLengthBytes;
    private final long usableBytes;
    private final long holeBytes;
    private final boolean backwards;
    private final boolean keepPositionsAcrossLoops;
    private boolean exhaustedThisLoop;
    // the loop went on from where the previous one stopped: its pass over the region is not done at the end
    private boolean loopStartedMidRegion;
    private final boolean wrapWhenExhausted;
    private final BlockSizeChooser[] sequentialChoosers = new BlockSizeChooser[DataDirection.COUNT];
    private final BlockSizeChooser[] randomChoosers = new BlockSizeChooser[DataDirection.COUNT];
    private final Prng offsetPrng;

    private final int mapKind;
    private final FeistelPermutation feistel;
    private final LfsrSequence lfsr;
    private final BlockBitmap bitmap;
    private final long mapBlockBytes;
    private final boolean mapFixedSize;

    private final BlockDistribution[] distributions = new BlockDistribution[DataDirection.COUNT];
    private final long[] alignBytes = new long[DataDirection.COUNT];

    private final long zoneSizeBytes;
    private final long zoneRangeBytes;
    private final long zoneSkipBytes;
    private long zoneStart;
    private long zonePosition;
    private long zoneDoneBytes;

    private final long[] lastEnd = new long[DataDirection.COUNT];
    private final long[] lastOffset = new long[DataDirection.COUNT];
    private final int[] lastLength = new int[DataDirection.COUNT];
    private long passBytes;

    private long plannedOffset;
    private int plannedLength;

    FileWalker(WorkloadSpec spec, FileRegion region, BlockSizeChooser[] choosers,
               Prng offsetPrng, Prng distributionPrng) {
        this.regionStart = region.startBytes();
        this.offsetPrng = offsetPrng;
        int minBlock = spec.minBlockBytes();
        long length = region.lengthBytes();
        this.usableBytes = spec.blockSizeUnaligned() ? length : length - length % minBlock;
        this.regionLengthBytes = length;
        this.holeBytes = spec.pattern().isRandom() ? 0 : spec.rwModifier();
        this.backwards = holeBytes < 0;
        this.keepPositionsAcrossLoops = !spec.pattern().isRandom();
        this.wrapWhenExhausted = spec.ioSizeBytes() > 0 || spec.timeBased();
        for (DataDirection d : DataDirection.values()) {
            int i = d.index();
            sequentialChoosers[i] = spec.blockSizeIsSeqRand() ? choosers[DataDirection.READ_INDEX] : choosers[i];
            randomChoosers[i] = spec.blockSizeIsSeqRand() ? choosers[DataDirection.WRITE_INDEX] : choosers[i];
        }
        this.zoneSizeBytes = spec.zoneSizeBytes();
        this.zoneRangeBytes = spec.zoneRangeBytes();
        this.zoneSkipBytes = spec.zoneSkipBytes();

        boolean random = spec.pattern().isRandom();
        boolean uniform = true;
        boolean explicitAlign = false;
        boolean fixedSizes = true;
        for (DataDirection d : DataDirection.values()) {
            if (spec.issues(d)) {
                uniform &= spec.distribution(d).isUniform();
                explicitAlign |= spec.blockAlignBytes(d) > 0;
                BlockSizeChooser c = randomChoosers[d.index()];
                fixedSizes &= c.isFixed() && c.minBytes() == minBlock;
            }
        }
        boolean lfsrWanted = spec.randomGenerator() == RandomGeneratorKind.LFSR;
        boolean useMap = random && zoneSizeBytes == 0 && uniform && !explicitAlign
                && (lfsrWanted || !spec.noRandomMap()) && usableBytes >= minBlock;
        this.mapBlockBytes = minBlock;
        this.mapFixedSize = fixedSizes;
        long mapBlocks = usableBytes / minBlock;
        if (useMap) {
            mapKind = lfsrWanted ? MAP_LFSR : MAP_FEISTEL;
            lfsr = lfsrWanted ? new LfsrSequence(mapBlocks, offsetPrng.nextLong()) : null;
            feistel = lfsrWanted ? null : new FeistelPermutation(mapBlocks, offsetPrng.nextLong());
            bitmap = !fixedSizes && !spec.noRandomMap() ? new BlockBitmap(mapBlocks) : null;
        } else {
            mapKind = MAP_NONE;
            lfsr = null;
            feistel = null;
            bitmap = null;
        }
        if (random && !useMap && zoneSizeBytes == 0) {
            for (DataDirection d : DataDirection.values()) {
                int i = d.index();
                int min = randomChoosers[i].minBytes();
                if (!spec.issues(d) || usableBytes < min) {
                    continue;
                }
                long align = spec.blockAlignBytes(d) > 0 ? spec.blockAlignBytes(d) : min;
                alignBytes[i] = align;
                long positions = (usableBytes - min) / align + 1;
                DistributionSpec dist = spec.distribution(d);
                distributions[i] = new BlockDistribution(dist, positions, align,
                        dist.isUniform() ? offsetPrng : distributionPrng);
            }
        } else if (zoneSizeBytes > 0) {
            for (DataDirection d : DataDirection.values()) {
                int i = d.index();
                alignBytes[i] = spec.blockAlignBytes(d) > 0 ? spec.blockAlignBytes(d) : randomChoosers[i].minBytes();
            }
        }
        Arrays.fill(lastEnd, -1L);
        startLoop();
    }

    /**
     * Starts a loop: forgets the previous loop's positions if it exhausted the file or the pattern is
     * random (else sequential I/O goes on where it was), and starts a new random-map pass.
     */
    void startLoop() {
        if (exhaustedThisLoop || !keepPositionsAcrossLoops || atRegionEnd()) {
            Arrays.fill(lastEnd, -1L);
            Arrays.fill(lastLength, 0);
        }
        loopStartedMidRegion = false;
        for (long e : lastEnd) {
            loopStartedMidRegion |= e >= 0;
        }
        exhaustedThisLoop = false;
        passBytes = 0;
        zoneStart = 0;
        zonePosition = 0;
        zoneDoneBytes = 0;
        if (mapKind != MAP_NONE) {
            restartMap();
        }
    }

    private boolean atRegionEnd() {
        long end = backwards ? regionLengthBytes : usableBytes;
        for (long e : lastEnd) {
            if (e >= end) {
                return true;
            }
        }
        return false;
    }

    /**
     * Plans the next I/O in {@code direction}; false when the region is exhausted for this loop.
     * The result is read with {@link #plannedOffset()} and {@link #plannedLength()}.
     */
    boolean plan(int direction, int pick) {
        boolean ok;
        if (pick == PICK_IDENTICAL && lastLength[direction] > 0) {
            plannedOffset = lastOffset[direction];
            plannedLength = lastLength[direction];
            ok = true;
        } else if (zoneSizeBytes > 0) {
            ok = planInZone(direction, pick == PICK_RANDOM || pick == PICK_IDENTICAL);
        } else if (pick == PICK_SEQUENTIAL) {
            ok = backwards ? planBackwards(direction) : planSequential(direction);
        } else if (pick == PICK_CONTINUE) {
            ok = planContinue(direction);
        } else {
            ok = planRandom(direction);
        }
        if (!ok) {
            exhaustedThisLoop = true;
            return false;
        }
        lastOffset[direction] = plannedOffset;
        lastLength[direction] = plannedLength;
        lastEnd[direction] = plannedOffset + plannedLength;
        passBytes += plannedLength;
        return true;
    }

    /** Absolute byte offset of the planned I/O. */
    long plannedOffset() {
        return regionStart + plannedOffset;
    }

    int plannedLength() {
        return plannedLength;
    }

    /** Bytes planned in this file since the loop started. */
    long passBytes() {
        return passBytes;
    }

    /** The whole-block part of the region that I/O uses. */
    long usableBytes() {
        return usableBytes;
    }

    private boolean planSequential(int direction) {
        BlockSizeChooser chooser = sequentialChoosers[direction];
        long end = lastEnd[direction];
        long position;
        if (end < 0) {
            position = 0;
        } else if (end >= usableBytes) {
            if (!wrapWhenExhausted) {
                return false;
            }
            position = 0;
        } else {
            position = end + holeBytes;
            if (position >= usableBytes) {
                position = 0;
            }
        }
        return fitAt(position, chooser, wrapWhenExhausted);
    }

    private boolean planBackwards(int direction) {
        long end = lastEnd[direction];
        if (end >= regionLengthBytes) {
            if (!wrapWhenExhausted && !loopStartedMidRegion) {
                return false;
            }
            end = -1;
        }
        long position;
        if (end < 0) {
            position = regionStart == 0 ? 0 : stepBack(regionLengthBytes - regionStart);
        } else {
            position = stepBack(end);
        }
        int length = sequentialChoosers[direction].next(regionLengthBytes - position);
        if (length == 0) {
            return false;
        }
        plannedOffset = position;
        plannedLength = length;
        return true;
    }

    /** The backwards step from {@code from} (relative to the region): none from 0, wrapping to the end. */
    private long stepBack(long from) {
        if (from == 0) {
            return 0;
        }
        long position = from + holeBytes;
        if (from < 0 || position < 0) {
            position = Math.max(0, regionLengthBytes + holeBytes);
        }
        return position;
    }

    private boolean planContinue(int direction) {
        long position = Math.max(0, lastEnd[direction]);
        if (position >= usableBytes) {
            position = 0;
        }
        return fitAt(position, sequentialChoosers[direction], true);
    }

    /** Plans an I/O at {@code position}, or at the region start if none fits there and wrapping is allowed. */
    private boolean fitAt(long position, BlockSizeChooser chooser, boolean mayWrap) {
        int length = chooser.next(usableBytes - position);
        if (length == 0) {
            if (!mayWrap || position == 0) {
                return false;
            }
            position = 0;
            length = chooser.next(usableBytes);
            if (length == 0) {
                return false;
            }
        }
        plannedOffset = position;
        plannedLength = length;
        return true;
    }

    private boolean planRandom(int direction) {
        if (mapKind == MAP_NONE) {
            BlockDistribution distribution = distributions[direction];
            if (distribution == null) {
                return false;
            }
            long position = distribution.next() * alignBytes[direction];
            plannedOffset = position;
            plannedLength = randomChoosers[direction].next(usableBytes - position);
            return plannedLength > 0;
        }
        long block = nextMapBlock();
        long position = block * mapBlockBytes;
        int length;
        if (mapFixedSize) {
            length = (int) mapBlockBytes;
        } else {
            BlockSizeChooser chooser = randomChoosers[direction];
            length = chooser.next(usableBytes - position);
            if (length == 0) {
                length = (int) Math.min(chooser.minBytes(), usableBytes - position);
            }
            if (bitmap != null) {
                long wanted = (length + mapBlockBytes - 1) / mapBlockBytes;
                long run = bitmap.freeRun(block, wanted);
                if (run < wanted) {
                    length = (int) (run * mapBlockBytes);
                }
                bitmap.setRange(block, run);
            }
        }
        plannedOffset = position;
        plannedLength = length;
        return true;
    }

    private boolean planInZone(int direction, boolean random) {
        BlockSizeChooser chooser = random ? randomChoosers[direction] : sequentialChoosers[direction];
        if (usableBytes < chooser.minBytes()) {
            return false;
        }
        if (zoneDoneBytes >= zoneSizeBytes) {
            zoneStart += zoneRangeBytes + zoneSkipBytes;
            zonePosition = 0;
            zoneDoneBytes = 0;
        }
        if (zoneStart + chooser.minBytes() > usableBytes) {
            zoneStart = 0;
        }
        long zoneEnd = Math.min(zoneStart + zoneRangeBytes, usableBytes);
        long position;
        if (random) {
            long align = alignBytes[direction];
            position = zoneStart + align * offsetPrng.nextLong((zoneEnd - zoneStart - chooser.minBytes()) / align + 1);
        } else {
            position = zoneStart + zonePosition;
            if (position + chooser.minBytes() > zoneEnd) {
                zonePosition = 0;
                position = zoneStart;
            }
        }
        int length = chooser.next(zoneEnd - position);
        if (length == 0) {
            return false;
        }
        zonePosition = position - zoneStart + length;
        zoneDoneBytes += length;
        plannedOffset = position;
        plannedLength = length;
        return true;
    }

    private long nextMapBlock() {
        long block = mapNext();
        if (bitmap != null) {
            while (block >= 0 && bitmap.isSet(block)) {
                block = mapNext();
            }
        }
        if (block < 0) {
            restartMap();
            block = mapNext();
        }
        return block;
    }

    private long mapNext() {
        return mapKind == MAP_LFSR ? lfsr.next() : feistel.next();
    }

    private void restartMap() {
        long key = offsetPrng.nextLong();
        if (mapKind == MAP_LFSR) {
            lfsr.restart(key);
        } else {
            feistel.restart(key);
        }
        if (bitmap != null) {
            bitmap.clear();
        }
    }
}
