package io.jfio.engine.output.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** fio's {@code --eta}: when the live status line is shown. Immutable; any thread. */
public enum EtaMode {
    /** Only when standard output is a terminal. */
    AUTO,
    ALWAYS,
    NEVER;

    /** Whether the status line is shown, given whether standard output is a terminal. */
    public boolean shows(boolean terminal) {
        return this == ALWAYS || (this == AUTO && terminal);
    }

    /**
     * True if standard output is a terminal (fio's isatty(1) for {@link #AUTO}). Read from the link of file
     * descriptor 1: {@code System.console()} would also require standard input to be a terminal.
     */
    public static boolean terminalAttached() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
