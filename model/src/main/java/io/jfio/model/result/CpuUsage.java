package io.jfio.model.result;

/**
 * CPU use of one job's threads over its run, as fio's "cpu :" line and JSON report it. Immutable; any thread.
 *
 * @param userPercent     user time as a percentage of the job's wall-clock runtime
 * @param systemPercent   system time as a percentage of the job's wall-clock runtime
 * @param contextSwitches voluntary plus involuntary context switches
 * @param majorFaults     major page faults
 * @param minorFaults     minor page faults
 */
public record CpuUsage(double userPercent, double systemPercent, long contextSwitches, long majorFaults,
                       long minorFaults) {

    /** No CPU figures (a job that never started). */
    public static final CpuUsage NONE = new CpuUsage(0, 0, 0, 0, 0);
}
