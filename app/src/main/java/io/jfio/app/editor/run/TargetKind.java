package io.jfio.app.editor.run;

/** What a job's target path is on disk, as far as writing to it goes. Immutable; any thread. */
public enum TargetKind {
    /** Does not exist yet: the job creates it. */
    MISSING,
    REGULAR_FILE,
    DIRECTORY,
    BLOCK_DEVICE,
    CHARACTER_DEVICE,
    /** A FIFO, a socket or something else. */
    OTHER;

    /** True for device nodes and anything unusual, which only an explicit confirmation lets a job write. */
    public boolean needsConfirmation() {
        return this == BLOCK_DEVICE || this == CHARACTER_DEVICE || this == OTHER;
    }
}
