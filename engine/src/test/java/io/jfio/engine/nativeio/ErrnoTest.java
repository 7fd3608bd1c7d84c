package io.jfio.engine.nativeio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrnoTest {

    @Test
    void messagesAreGlibcStrerror() {
        assertEquals("No such file or directory", Errno.message(Errno.ENOENT));
        assertEquals("Bad file descriptor", Errno.message(Errno.EBADF));
        assertEquals("Operation not supported", Errno.message(Errno.EOPNOTSUPP));
    }

    @Test
    void lastErrorIsWhatTheFailedCallLeft() {
        assertEquals(-1, LibC.close(-5));
        assertEquals(Errno.EBADF, Errno.last());
        assertEquals(-Errno.EBADF, Syscalls.fstat(-5, 0));
    }

    @Test
    void exceptionMessagesJoinWhatAndWhy() {
        assertEquals("open /x/y: Permission denied", NativeIoException.of("open /x/y", Errno.EACCES).getMessage());
        assertEquals("open /x: Invalid argument (hint)", NativeIoException.withHint("open /x", Errno.EINVAL, "hint").getMessage());
    }

    @Test
    void syscallNumbersAreOnlyTrustedOnX86_64() {
        assertTrue(Syscalls.isX86_64("amd64"));
        assertTrue(Syscalls.isX86_64("x86_64"));
        assertFalse(Syscalls.isX86_64("aarch64"));
    }
}
