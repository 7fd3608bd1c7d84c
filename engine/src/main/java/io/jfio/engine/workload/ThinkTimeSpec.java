package io.jfio.engine.workload;

/**
 * {@code thinktime}, {@code thinktime_spin}, {@code thinktime_blocks}, {@code thinktime_blocks_type} and
 * {@code thinktime_iotime}. Immutable; any thread.
 *
 * @param thinkNanos   the stall; 0 disables think time
 * @param spinNanos    how much of each stall to spend busy (the rest sleeps)
 * @param blocks       I/Os between stalls (fio's default 1; pass Long.MAX_VALUE when only
 *                     thinktime_iotime should trigger stalls)
 * @param onIssue      count issued I/Os (thinktime_blocks_type=issue) instead of completed ones
 * @param ioTimeNanos  also stall after this much time of I/O; 0 for none
 */
public record ThinkTimeSpec(long thinkNanos, long spinNanos, long blocks, boolean onIssue, long ioTimeNanos) {

    public ThinkTimeSpec {
        if (thinkNanos < 0 || spinNanos < 0 || ioTimeNanos < 0) {
            throw new IllegalArgumentException("thinktime: times must not be negative");
        }
        if (blocks < 1) {
            throw new IllegalArgumentException("thinktime_blocks: must be at least 1, got " + blocks);
        }
    }

    /** No think time. */
    public static ThinkTimeSpec none() {
        return new ThinkTimeSpec(0, 0, 1, false, 0);
    }
}
