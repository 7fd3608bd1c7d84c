package io.jfio.engine.output.status;

import io.jfio.model.value.RwPattern;

/**
 * Where a job is in its life, with the letter fio's status line shows for it (fio's HOWTO, "Interpreting
 * the output"). A running job's letter depends on its I/O pattern: R/r sequential/random reads, W/w
 * writes, M/m mixed, D/d trims. Immutable; any thread.
 */
public enum JobState {
    /** Set up, not started. */
    NOT_STARTED('P', false),
    /** Thread created. */
    CREATED('C', false),
    /** Initialized, waiting (stonewall, startdelay) or laying out its files. */
    INITIALIZED('I', false),
    /** Pre-reading its files. */
    PRE_READING('p', true),
    /** In its ramp_time. */
    RAMP('/', true),
    /** Doing I/O. */
    RUNNING('R', true),
    /** Waiting for fsync. */
    FSYNCING('F', true),
    /** Verifying written data. */
    VERIFYING('V', true),
    /** Finishing. */
    FINISHING('f', true),
    /** Exited, not yet collected. */
    EXITED('E', false),
    /** Done. */
    REAPED('_', false),
    /** Done with an error. */
    FAILED('X', false),
    /** Ended by a signal. */
    KILLED('K', false);

    private final char letter;
    private final boolean counted;

    JobState(char letter, boolean counted) {
        this.letter = letter;
        this.counted = counted;
    }

    /** The status line's letter for a job doing {@code pattern}. */
    public char letter(RwPattern pattern) {
        if (this != RUNNING) {
            return letter;
        }
        char c;
        if (pattern.reads() && pattern.writes()) {
            c = 'M';
        } else if (pattern.reads()) {
            c = 'R';
        } else if (pattern.writes()) {
            c = 'W';
        } else {
            c = 'D';
        }
        return pattern.isRandom() ? Character.toLowerCase(c) : c;
    }

    /** True if fio counts the job as running ("Jobs: N"). */
    public boolean running() {
        return counted;
    }

    /** True once the job has ended, one way or another. */
    public boolean ended() {
        return this == EXITED || this == REAPED || this == FAILED || this == KILLED;
    }

    /** True while the job has not started its I/O. */
    public boolean pending() {
        return this == NOT_STARTED || this == CREATED || this == INITIALIZED;
    }
}
