package io.jfio.engine.nativeio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jfio.engine.ioengine.IoEngines;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ring protocol itself, with NOPs: no files involved. */
class IoUringRingsTest {

    @BeforeEach
    void requireIoUring() {
        assumeTrue(IoEngines.require("io_uring").isAvailable(), () -> IoEngines.require("io_uring").unavailableReason());
    }

    @Test
    void nopsRoundTripWithTheirUserData() throws Exception {
        try (IoUringRings rings = IoUringRings.create(8, 0, 0, 0)) {
            assertEquals(8, rings.submissionEntries());
            assertEquals(16, rings.completionEntries());
            for (int i = 0; i < 8; i++) {
                long sqe = rings.nextSqe();
                assertNotEquals(0, sqe);
                IoUringAbi.prepare(sqe, IoUringAbi.OP_NOP, 0, -1, 0, 0, 0, 0, 1000 + i, 0);
            }
            assertEquals(0, rings.nextSqe(), "the ring holds 8");
            assertEquals(8, rings.publishSubmissions());
            assertEquals(8, rings.enter(8, 8, IoUringAbi.ENTER_GETEVENTS));
            assertEquals(8, rings.completionsReady());
            Set<Long> userData = new HashSet<>();
            for (int i = 0; i < 8; i++) {
                long cqe = rings.completion(i);
                userData.add(NativeMemory.getLong(cqe + IoUringAbi.CQE_USER_DATA));
                assertEquals(0, NativeMemory.getInt(cqe + IoUringAbi.CQE_RES));
            }
            rings.consumeCompletions(8);
            assertEquals(0, rings.completionsReady());
            assertEquals(Set.of(1000L, 1001L, 1002L, 1003L, 1004L, 1005L, 1006L, 1007L), userData);
            assertNotEquals(0, rings.nextSqe(), "consumed SQEs free their slots");
        }
    }

    @Test
    void ringsWrapAroundManyTimes() throws Exception {
        try (IoUringRings rings = IoUringRings.create(4, 0, 0, 0)) {
            for (long round = 0; round < 1000; round++) {
                for (int i = 0; i < 3; i++) {
                    IoUringAbi.prepare(rings.nextSqe(), IoUringAbi.OP_NOP, 0, -1, 0, 0, 0, 0, round * 3 + i, 0);
                }
                rings.publishSubmissions();
                assertEquals(3, rings.enter(3, 3, IoUringAbi.ENTER_GETEVENTS));
                assertEquals(3, rings.completionsReady());
                for (int i = 0; i < 3; i++) {
                    assertEquals(round * 3 + i, NativeMemory.getLong(rings.completion(i)));
                }
                rings.consumeCompletions(3);
            }
        }
    }

    @Test
    void probeKnowsReadAndWrite() throws Exception {
        try (IoUringRings rings = IoUringRings.create(2, 0, 0, 0)) {
            assertTrue(rings.supportsOpcode(IoUringAbi.OP_READ));
            assertTrue(rings.supportsOpcode(IoUringAbi.OP_WRITE_FIXED));
            assertEquals(false, rings.supportsOpcode(255));
        }
    }

    @Test
    void sqeWriterPutsEachFieldAtItsDocumentedOffset() {
        long sqe = NativeMemory.allocateZeroed(IoUringAbi.SQE_SIZE);
        try {
            NativeMemory.fill(sqe, IoUringAbi.SQE_SIZE, (byte) 0xFF);
            IoUringAbi.prepare(sqe, IoUringAbi.OP_READ_FIXED, IoUringAbi.SQE_FIXED_FILE, 7, 0x123456789L,
                    0xABCDEF00L, 4096, OpenFlags.RWF_HIPRI, 42, 3);
            assertEquals(IoUringAbi.OP_READ_FIXED, NativeMemory.getByte(sqe));
            assertEquals(IoUringAbi.SQE_FIXED_FILE, NativeMemory.getByte(sqe + 1));
            assertEquals(0, NativeMemory.getShort(sqe + 2));
            assertEquals(7, NativeMemory.getInt(sqe + 4));
            assertEquals(0x123456789L, NativeMemory.getLong(sqe + 8));
            assertEquals(0xABCDEF00L, NativeMemory.getLong(sqe + 16));
            assertEquals(4096, NativeMemory.getInt(sqe + 24));
            assertEquals(OpenFlags.RWF_HIPRI, NativeMemory.getInt(sqe + 28));
            assertEquals(42, NativeMemory.getLong(sqe + 32));
            assertEquals(3, NativeMemory.getShort(sqe + 40));
            assertEquals(0, NativeMemory.getLong(sqe + 48));
            assertEquals(0, NativeMemory.getLong(sqe + 56));
        } finally {
            NativeMemory.free(sqe);
        }
    }
}
