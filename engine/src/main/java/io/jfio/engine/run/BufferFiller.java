package io.jfio.engine.run;

import io.jfio.engine.ioengine.IoUnit;
import io.jfio.engine.ioengine.IoUnitSet;
import io.jfio.engine.nativeio.NativeMemory;
import io.jfio.engine.nativeio.RandomFill;

/**
 * What the I/O buffers hold, as fio's buffer options say: filled once when the job starts (random by
 * default, zeros with zero_buffers, buffer_pattern repeated), and before each write refilled
 * (refill_buffers), made partly compressible (buffer_compress_percentage) or scrambled: fio's cheap
 * de-dupe defeat that stamps the offset and a clock reading into every 512-byte sector (scramble_buffers,
 * on by default). Allocation-free per write. Used by the thread that prepares units.
 */
final class BufferFiller {

    private static final int SECTOR = 512;

    private final boolean refill;
    private final boolean scramble;
    private final int compressPercent;
    private final byte[] pattern;
    private long seed;

    BufferFiller(JobSettings.BufferOptions options, long seed) {
        this.pattern = options.patternBytes();
        this.refill = options.refill() && !options.zero();
        this.compressPercent = options.compressPercent();
        this.scramble = options.scramble() && !options.zero() && pattern.length == 0 && !refill;
        this.seed = seed == 0 ? 1 : seed;
    }

    /** The initial contents of every buffer. */
    void fillInitially(IoUnitSet units, JobSettings.BufferOptions options) {
        if (pattern.length > 0) {
            units.memory().fillPattern(pattern);
        } else if (options.zero()) {
            units.memory().fill((byte) 0);
        } else {
            units.memory().fillRandom(seed);
        }
    }

    /** Whether {@link #beforeWrite} does anything. */
    boolean active() {
        return refill || scramble;
    }

    /** Prepares a write's data in place. */
    void beforeWrite(IoUnit unit, long offsetBytes, int lengthBytes) {
        long address = unit.dataAddress();
        if (refill) {
            long random = compressPercent > 0 ? (long) lengthBytes * (100 - compressPercent) / 100 : lengthBytes;
            seed = RandomFill.fill(address, random, seed);
            if (random < lengthBytes) {
                NativeMemory.fill(address + random, lengthBytes - random, (byte) 0);
            }
        } else if (scramble) {
            long stamp = System.nanoTime();
            for (int at = 0; at + 16 <= lengthBytes; at += SECTOR) {
                NativeMemory.putLong(address + at, offsetBytes + at);
                NativeMemory.putLong(address + at + 8, stamp);
            }
        }
    }
}
