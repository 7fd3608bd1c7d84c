package io.jfio.engine.workload;

/**
 * Decides when the worker stalls for think time: after every thinktime_blocks I/Os (counted when issued or
 * when completed, per thinktime_blocks_type), or once thinktime_iotime of I/O has passed, whichever comes
 * first. The worker spins for {@link #spinNanos()} of each stall and sleeps the rest.
 *
 * <p>Allocation-free. Threading: one I/O thread.
 */
public final class ThinkTime {
    private final long thinkNanos;
    private final long spinNanos;
    private final long blocks;
    private final boolean onIssue;
    private final long ioTimeNanos;
    private long counted;
    private long phaseStartNanos;

    public ThinkTime(ThinkTimeSpec spec, long startNanos) {
        this.thinkNanos = spec.thinkNanos();
        this.spinNanos = Math.min(spec.spinNanos(), spec.thinkNanos());
        this.blocks = spec.blocks();
        this.onIssue = spec.onIssue();
        this.ioTimeNanos = spec.ioTimeNanos();
        this.phaseStartNanos = startNanos;
    }

    public boolean isEnabled() {
        return thinkNanos > 0;
    }

    /** Call after issuing an I/O; returns the stall due now in nanoseconds, usually 0. */
    public long afterIssue(long nowNanos) {
        return onIssue ? count(1, nowNanos) : 0;
    }

    /** Call after reaping {@code completions} I/Os; returns the stall due now in nanoseconds, usually 0. */
    public long afterCompletions(int completions, long nowNanos) {
        return onIssue ? 0 : count(completions, nowNanos);
    }

    /** The busy-waiting part of every stall (thinktime_spin, at most thinktime). */
    public long spinNanos() {
        return spinNanos;
    }

    private long count(int ios, long nowNanos) {
        if (thinkNanos == 0) {
            return 0;
        }
        counted += ios;
        boolean byBlocks = counted >= blocks;
        boolean byTime = ioTimeNanos > 0 && nowNanos - phaseStartNanos >= ioTimeNanos;
        if (!byBlocks && !byTime) {
            return 0;
        }
        counted = 0;
        phaseStartNanos = nowNanos + thinkNanos;
        return thinkNanos;
    }
}
