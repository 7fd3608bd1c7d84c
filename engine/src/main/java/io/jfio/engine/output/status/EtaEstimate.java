package io.jfio.engine.output.status;

import io.jfio.model.result.Direction;

import java.util.List;
import java.util.TreeMap;

/**
 * The time left in a run and how much of it is done, estimated from the jobs' progress as fio's status
 * line shows them. A running job's time left is the nearer of its time limit and the time its remaining
 * bytes take at its pace so far; a reporting group takes as long as its slowest job; groups run one after
 * another, and a group not started yet counts its jobs' time limits. Immutable; any thread.
 *
 * @param seconds      the estimated time left, or -1 when nothing allows an estimate
 * @param percentDone  the share of the run done, {@code elapsed / (elapsed + left)}; -1 when unknown
 */
public record EtaEstimate(long seconds, double percentDone) {

    private static final long UNKNOWN = -1;

    /**
     * The estimate for {@code jobs} (job order) of groups {@code groupIds} (same order), after
     * {@code runElapsedNanos} of run time.
     */
    public static EtaEstimate of(List<JobProgress> jobs, List<Integer> groupIds, long runElapsedNanos) {
        TreeMap<Integer, Long> groupNanos = new TreeMap<>();
        boolean any = false;
        for (int i = 0; i < jobs.size(); i++) {
            long left = nanosLeft(jobs.get(i));
            int group = i < groupIds.size() ? groupIds.get(i) : 0;
            if (left >= 0) {
                any = true;
                groupNanos.merge(group, left, Math::max);
            }
        }
        if (!any) {
            return new EtaEstimate(UNKNOWN, -1);
        }
        long leftNanos = groupNanos.values().stream().mapToLong(Long::longValue).sum();
        double done = runElapsedNanos + leftNanos == 0 ? 100.0
                : 100.0 * runElapsedNanos / ((double) runElapsedNanos + leftNanos);
        return new EtaEstimate((leftNanos + 999_999_999L) / 1_000_000_000L, done);
    }

    /** One job's time left in nanoseconds, or -1 when unknown. */
    static long nanosLeft(JobProgress job) {
        if (job.state().ended()) {
            return 0;
        }
        if (job.state().pending()) {
            return job.timeLimitNanos() > 0 ? job.timeLimitNanos() : UNKNOWN;
        }
        long byTime = job.timeLimitNanos() > 0 ? Math.max(0, job.timeLimitNanos() - job.elapsedNanos()) : Long.MAX_VALUE;
        long done = 0;
        for (Direction d : Direction.values()) {
            done += job.counters().bytes(d);
        }
        long byBytes = Long.MAX_VALUE;
        if (job.plannedBytes() > 0 && done > 0) {
            long remaining = Math.max(0, job.plannedBytes() - done);
            byBytes = (long) ((double) job.elapsedNanos() * remaining / done);
        }
        long left = Math.min(byTime, byBytes);
        return left == Long.MAX_VALUE ? UNKNOWN : left;
    }

    /** True if an estimate exists. */
    public boolean known() {
        return seconds >= 0;
    }
}
