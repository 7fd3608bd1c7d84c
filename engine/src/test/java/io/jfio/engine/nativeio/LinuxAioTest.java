package io.jfio.engine.nativeio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinuxAioTest {

    @Test
    void iocbWriterPutsEachFieldAtItsDocumentedOffset() {
        long iocb = NativeMemory.allocate(LinuxAio.IOCB_SIZE);
        try {
            NativeMemory.fill(iocb, LinuxAio.IOCB_SIZE, (byte) 0xFF);
            LinuxAio.prepare(iocb, LinuxAio.IOCB_CMD_PWRITE, 9, 0x7000_0000L, 8192, 1L << 33, 17);
            assertEquals(17, NativeMemory.getLong(iocb));
            assertEquals(0, NativeMemory.getInt(iocb + 8), "aio_key");
            assertEquals(0, NativeMemory.getInt(iocb + LinuxAio.IOCB_RW_FLAGS));
            assertEquals(LinuxAio.IOCB_CMD_PWRITE, NativeMemory.getShort(iocb + LinuxAio.IOCB_OPCODE));
            assertEquals(0, NativeMemory.getShort(iocb + 18), "aio_reqprio");
            assertEquals(9, NativeMemory.getInt(iocb + LinuxAio.IOCB_FD));
            assertEquals(0x7000_0000L, NativeMemory.getLong(iocb + LinuxAio.IOCB_BUF));
            assertEquals(8192, NativeMemory.getLong(iocb + LinuxAio.IOCB_NBYTES));
            assertEquals(1L << 33, NativeMemory.getLong(iocb + LinuxAio.IOCB_OFFSET));
            assertEquals(0, NativeMemory.getLong(iocb + 48));
            assertEquals(0, NativeMemory.getLong(iocb + 56), "aio_flags, aio_resfd");
        } finally {
            NativeMemory.free(iocb);
        }
    }

    @Test
    void contextCanBeCreatedAndDestroyed() throws Exception {
        long context = LinuxAio.setup(32);
        LinuxAio.destroy(context);
        NativeIoException e = org.junit.jupiter.api.Assertions.assertThrows(NativeIoException.class,
                () -> LinuxAio.destroy(context));
        assertEquals("io_destroy: Invalid argument", e.getMessage());
    }
}
