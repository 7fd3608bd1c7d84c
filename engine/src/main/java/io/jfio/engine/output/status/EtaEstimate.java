package io.jfio.engine.output.status;

import java.util.List;
import java.util.TreeMap;

/**
 * The time left in a run and how much of it is done, estimated from the jobs' progress as fio's status
 * line shows them. Each job's time left is {@link JobProgress#nanosLeft}; a reporting group takes as long
 * as its slowest job; groups run one after another, and a group not started yet counts its jobs' time
 * limits. Immutable; any thread.
 *
 * @param seconds      the estimated time left to the nearest second, or -1 when nothing allows an estimate
 * @param percentDone  the share of the run done, {@code elapsed / (elapsed + left)}; -1 when unknown
 */
public record EtaEstimate(long seconds, double percentDone) {

    private static final long UNKNOWN = -1;

    /** The estimate for {@code jobs} (job order) after {@code runElapsedNanos} of run time. */
    public static EtaEstimate of(List<JobProgress> jobs, long runElapsedNanos) {
        TreeMap<Integer, Long> groupNanos = new TreeMap<>();
        boolean any = false;
        for (JobProgress job : jobs) {
            long left = job.nanosLeft();
            if (left != JobProgress.UNKNOWN) {
                any = true;
                groupNanos.merge(job.groupId(), left, Math::max);
            }
        }
        if (!any) {
            return new EtaEstimate(UNKNOWN, -1);
        }
        long leftNanos = groupNanos.values().stream().mapToLong(Long::longValue).sum();
        double done = runElapsedNanos + leftNanos == 0 ? 100.0
                : 100.0 * runElapsedNanos / ((double) runElapsedNanos + leftNanos);
        // the nearest second: fio prints runtime minus the whole seconds elapsed at ticks a whole number of seconds
        // after its jobs start, and jfio's jobs start a little after the display's ticks begin
        return new EtaEstimate((leftNanos + 500_000_000L) / 1_000_000_000L, done);
    }

    /** True if an estimate exists. */
    public boolean known() {
        return seconds >= 0;
    }
}
