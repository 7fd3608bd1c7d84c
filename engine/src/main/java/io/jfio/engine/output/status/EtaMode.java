package io.jfio.engine.output.status;

/** fio's {@code --eta}: when the live status line is shown. Immutable; any thread. */
public enum EtaMode {
    /** Only when the output is a terminal. */
    AUTO,
    ALWAYS,
    NEVER;

    /** Whether the status line is shown, given whether standard output is a terminal. */
    public boolean shows(boolean terminal) {
        return this == ALWAYS || (this == AUTO && terminal);
    }

    /** True if standard output is an interactive terminal (for {@link #AUTO}). */
    public static boolean terminalAttached() {
        return System.console() != null;
    }
}
