package io.jfio.engine.output.status;

import io.jfio.model.value.RwPattern;

/**
 * Where a job is in its life, with the letter fio's status line shows for it (fio's HOWTO, "Interpreting
 * the output"). A running job's letter depends on its I/O pattern: R/r sequential/random reads, W/w
 * writes, M/m mixed, D/d trims. The runner moves a job through these states in declaration order
 * (skipping those that do not apply); the status line, the ETA and the GUI read them. Immutable; any thread.
 */
public enum JobState {
    /** Not started: waiting for an earlier group, a wait_for job or its startdelay. */
    NOT_STARTED('P', false),
    /** Setting up: planning, laying out and opening its files (fio: "initialized, generating data"). */
    INITIALIZED('I', false),
    /** Reading its files once before the run (pre_read). */
    PRE_READING('p', true),
    /** Doing I/O that ramp_time keeps out of the statistics. */
    RAMP('/', true),
    /** Doing measured I/O. */
    RUNNING('R', true),
    /** Waiting for the end_fsync of its files. */
    FSYNCING('F', true),
    /** Draining in-flight I/O and closing its files. */
    FINISHING('f', true),
    /** Ended normally, or stopped by exitall or {@code JobRunner.stop} (fio: "reaped"). */
    DONE('_', false),
    /** Ended with an error. */
    FAILED('X', false),
    /** Ended by a signal (Ctrl-C, SIGTERM). */
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
        return this == DONE || this == FAILED || this == KILLED;
    }

    /** True while the job has not started its I/O. */
    public boolean pending() {
        return this == NOT_STARTED || this == INITIALIZED;
    }
}
