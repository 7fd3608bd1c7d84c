package io.jfio.engine.nativeio;

/**
 * Fills native memory with xorshift64* output, eight bytes per step, without allocating. Stateless;
 * any thread.
 */
public final class RandomFill {

    private RandomFill() {
    }

    /** Fills {@code lengthBytes} at {@code address}; returns the generator state to continue from. */
    public static long fill(long address, long lengthBytes, long seed) {
        long state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
        long end = address + lengthBytes;
        long p = address;
        for (; p + 8 <= end; p += 8) {
            state ^= state >>> 12;
            state ^= state << 25;
            state ^= state >>> 27;
            NativeMemory.putLong(p, state * 0x2545F4914F6CDD1DL);
        }
        if (p < end) {
            state ^= state >>> 12;
            state ^= state << 25;
            state ^= state >>> 27;
            long word = state * 0x2545F4914F6CDD1DL;
            for (; p < end; p++, word >>>= 8) {
                NativeMemory.putByte(p, (byte) word);
            }
        }
        return state;
    }
}
