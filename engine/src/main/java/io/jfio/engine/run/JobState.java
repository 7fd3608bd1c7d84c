package io.jfio.engine.run;

/**
 * Where a job is in its life, for status lines and the GUI (fio's one-letter run states in brackets).
 * Immutable; any thread.
 */
public enum JobState {
    /** Not started: waiting for an earlier group, a wait_for job or its startdelay. */
    WAITING('_'),
    /** Laying out, opening and preparing its files. */
    SETTING_UP('P'),
    /** Doing I/O that ramp_time keeps out of the statistics. */
    RAMPING('/'),
    /** Doing measured I/O. */
    RUNNING('R'),
    /** Draining in-flight I/O, end_fsync, closing files. */
    FINISHING('F'),
    /** Ended normally (or stopped by exitall or a signal). */
    DONE('_'),
    /** Ended with an error. */
    FAILED('X');

    private final char fioSymbol;

    JobState(char fioSymbol) {
        this.fioSymbol = fioSymbol;
    }

    /** The character fio's status line shows for this state. */
    public char fioSymbol() {
        return fioSymbol;
    }

    /** True once the job has ended, for whatever reason. */
    public boolean isEnded() {
        return this == DONE || this == FAILED;
    }
}
