package io.jfio.engine.nativeio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeCallsTest {

    @TempDir
    Path dir;

    @Test
    void jniStubsLoadWhenTheBuildMadeThem() {
        boolean built = NativeLibraryLoader.class.getResource(NativeLibraryLoader.resourceName(System.getProperty("os.arch"))) != null;
        // CI installs a C compiler and sets JFIO_REQUIRE_JNI: a silent fall-back to JNA must fail there
        if (System.getenv("JFIO_REQUIRE_JNI") != null) {
            assertTrue(built, "libjfio.so was not built although CI has a C compiler");
        }
        assumeTrue(built, "libjfio.so not built (no C compiler)");
        assertTrue(NativeLibraryLoader.status().jni(), NativeLibraryLoader.status().detail());
        assertTrue(HotCalls.usesJni());
    }

    @Test
    void resourceNameUsesTheKernelsArchitectureName() {
        assertEquals("native/linux-x86_64/libjfio.so", NativeLibraryLoader.resourceName("amd64"));
        assertEquals("native/linux-aarch64/libjfio.so", NativeLibraryLoader.resourceName("aarch64"));
    }

    @Test
    void jniAndJnaPreadReadTheSameBytesAtAnOffset() throws Exception {
        assumeTrue(HotCalls.usesJni());
        Path file = dir.resolve("data");
        Files.write(file, "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII));
        int fd = NativeFiles.open(file.toString(), OpenFlags.O_RDONLY, 0);
        long buffer = NativeMemory.allocateZeroed(16);
        try {
            assertEquals(6, JniCalls.pread(fd, buffer, 6, 10));
            byte[] viaJni = bytes(buffer, 6);
            NativeMemory.putLong(buffer, 0);
            assertEquals(6, LibC.pread(fd, buffer, 6, 10));
            assertArrayEquals(viaJni, bytes(buffer, 6));
            assertArrayEquals("abcdef".getBytes(StandardCharsets.US_ASCII), viaJni);
        } finally {
            NativeMemory.free(buffer);
            LibC.close(fd);
        }
    }

    @Test
    void aFailedCallReturnsMinusErrno() {
        long buffer = NativeMemory.allocateZeroed(16);
        try {
            assertEquals(-Errno.EBADF, HotCalls.pread(-1, buffer, 4, 0));
            assertEquals(-Errno.EBADF, HotCalls.pwrite(-1, buffer, 4, 0));
            assertEquals(-Errno.EBADF, HotCalls.preadv2(-1, buffer, 0, 0, 0));
        } finally {
            NativeMemory.free(buffer);
        }
    }

    @Test
    void writeThenReadRoundTripsThroughTheHotCalls() throws Exception {
        Path file = dir.resolve("rw");
        Files.write(file, new byte[8]);
        int fd = NativeFiles.open(file.toString(), OpenFlags.O_RDWR, 0);
        long buffer = NativeMemory.allocateZeroed(8);
        try {
            NativeMemory.putLong(buffer, 0x1122334455667788L);
            assertEquals(8, HotCalls.pwrite(fd, buffer, 8, 0));
            NativeMemory.putLong(buffer, 0);
            assertEquals(8, HotCalls.pread(fd, buffer, 8, 0));
            assertEquals(0x1122334455667788L, NativeMemory.getLong(buffer));
            assertEquals(0, HotCalls.pread(fd, buffer, 8, 8)); // end of file
        } finally {
            NativeMemory.free(buffer);
            LibC.close(fd);
        }
    }

    @Test
    void rawSyscallGivesTheSameThreadIdAsJna() {
        long viaHot = HotCalls.syscall(Syscalls.SYS_GETTID, 0, 0, 0, 0, 0, 0);
        long viaJna = LibC.syscall(Syscalls.SYS_GETTID, 0, 0, 0, 0, 0, 0);
        assertTrue(viaHot > 0);
        assertEquals(viaJna, viaHot);
    }

    private static byte[] bytes(long address, int count) {
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            out[i] = NativeMemory.getByte(address + i);
        }
        return out;
    }
}
