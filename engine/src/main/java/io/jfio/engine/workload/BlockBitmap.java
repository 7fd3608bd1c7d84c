package io.jfio.engine.workload;

import java.util.Arrays;

/**
 * One bit per block: which blocks this pass has already touched. Needed only when I/O sizes vary under
 * {@code norandommap=0} (bsrange, bssplit, different sizes per direction), where one I/O covers several
 * map blocks; like fio, an I/O is then truncated to the untouched run it starts in. Costs n/8 bytes.
 *
 * <p>Threading: one I/O thread.
 */
final class BlockBitmap {
    private final long blockCount;
    private final long[] words;

    BlockBitmap(long blockCount) {
        long wordCount = (blockCount + 63) >>> 6;
        if (wordCount > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("random map too large: " + blockCount + " blocks");
        }
        this.blockCount = blockCount;
        this.words = new long[(int) wordCount];
    }

    boolean isSet(long block) {
        return (words[(int) (block >>> 6)] & (1L << block)) != 0;
    }

    /** Number of untouched blocks from {@code block} onwards, at most {@code limit}. */
    long freeRun(long block, long limit) {
        long end = Math.min(blockCount, block + limit);
        long b = block;
        while (b < end && !isSet(b)) {
            b++;
        }
        return b - block;
    }

    /** Marks {@code count} blocks from {@code block} as touched. */
    void setRange(long block, long count) {
        for (long b = block, end = block + count; b < end; b++) {
            words[(int) (b >>> 6)] |= 1L << b;
        }
    }

    void clear() {
        Arrays.fill(words, 0L);
    }
}
