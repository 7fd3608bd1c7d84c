package io.jfio.engine.nativeio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlignedBufferTest {

    @ParameterizedTest(name = "alignment {0}")
    @ValueSource(ints = {512, 4096, 65536, 2 * 1024 * 1024})
    void addressIsAlignedToRequestedBoundary(int alignment) throws Exception {
        for (int i = 0; i < 8; i++) { // several allocations: malloc alone would sometimes be aligned by luck
            try (AlignedBuffer buffer = AlignedBuffer.allocate(12345, alignment)) {
                assertEquals(0, buffer.address() % alignment, "address " + Long.toHexString(buffer.address()));
                assertEquals(12345, buffer.sizeBytes());
                assertEquals(alignment, buffer.alignmentBytes());
            }
        }
    }

    @Test
    void alignmentMustBeAPowerOfTwo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AlignedBuffer.allocate(4096, 3000));
        assertEquals("alignment must be a power of two >= 8: 3000", e.getMessage());
    }

    @Test
    void fillPatternRepeatsPatternAcrossBuffer() throws Exception {
        try (AlignedBuffer buffer = AlignedBuffer.allocatePageAligned(10_000)) {
            byte[] pattern = {1, 2, 3, 4, 5, 6, 7};
            buffer.fillPattern(pattern);
            byte[] all = buffer.copyTo(0, 10_000);
            for (int i = 0; i < all.length; i++) {
                assertEquals(pattern[i % 7], all[i], "byte " + i);
            }
        }
    }

    @Test
    void fillPatternOfRangeStartsAtPatternByteZeroAndLeavesTheRest() throws Exception {
        try (AlignedBuffer buffer = AlignedBuffer.allocatePageAligned(64)) {
            buffer.fill((byte) 9);
            buffer.fillPattern(new byte[] {0x0a, 0x0b, 0x0c}, 10, 5);
            byte[] all = buffer.copyTo(0, 20);
            assertArrayEquals(new byte[] {9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 0x0a, 0x0b, 0x0c, 0x0a, 0x0b, 9, 9, 9, 9, 9}, all);
        }
    }

    @Test
    void fillRandomIsDeterministicPerSeedAndDiffersAcrossSeeds() throws Exception {
        try (AlignedBuffer a = AlignedBuffer.allocatePageAligned(4099);
             AlignedBuffer b = AlignedBuffer.allocatePageAligned(4099)) {
            a.fillRandom(42);
            b.fillRandom(42);
            assertArrayEquals(a.copyTo(0, 4099), b.copyTo(0, 4099));
            b.fillRandom(43);
            assertFalse(Arrays.equals(a.copyTo(0, 4099), b.copyTo(0, 4099)));
            byte[] bytes = a.copyTo(0, 4099);
            long zeros = 0;
            for (byte x : bytes) {
                zeros += x == 0 ? 1 : 0;
            }
            assertTrue(zeros < 64, "random bytes are rarely zero: " + zeros);
        }
    }

    @Test
    void byteBufferViewSharesTheMemoryInNativeOrder() throws Exception {
        try (AlignedBuffer buffer = AlignedBuffer.allocatePageAligned(4096)) {
            buffer.fill((byte) 0);
            ByteBuffer view = buffer.asByteBuffer();
            assertEquals(ByteOrder.nativeOrder(), view.order());
            assertEquals(4096, view.capacity());
            view.putLong(8, 0x1122334455667788L);
            assertEquals(0x1122334455667788L, NativeMemory.getLong(buffer.address() + 8));
        }
    }

    @Test
    void closeIsIdempotentAndForbidsFurtherUse() throws Exception {
        AlignedBuffer buffer = AlignedBuffer.allocatePageAligned(4096);
        buffer.close();
        buffer.close();
        assertTrue(buffer.isClosed());
        assertThrows(IllegalStateException.class, () -> buffer.fill((byte) 1));
    }

    @Test
    void rangeOutsideBufferIsRefused() throws Exception {
        try (AlignedBuffer buffer = AlignedBuffer.allocatePageAligned(100)) {
            assertThrows(IndexOutOfBoundsException.class, () -> buffer.copyTo(90, 20));
            assertThrows(IndexOutOfBoundsException.class, () -> buffer.fillRandom(1, -1, 10));
        }
    }
}
