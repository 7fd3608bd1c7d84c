package io.jfio.model.result;

import java.util.List;
import java.util.Map;

/**
 * A whole run: every job's result in job order, the disks under the jobs' files, and when it ran.
 * Groups are derived from the jobs' group ids. Immutable; any thread.
 *
 * @param jobs               job results in the order the jobs were defined
 * @param disks              disk utilisation of the devices under the jobs' files
 * @param startEpochMillis   wall-clock time the run started
 * @param globalOptions      options of the [global] sections (fio's JSON "global options")
 * @param stoppedBySignal    true if Ctrl-C/SIGTERM ended the run early
 */
public record RunResult(List<JobResult> jobs, List<DiskUtil> disks, long startEpochMillis,
                        Map<String, String> globalOptions, boolean stoppedBySignal) {

    public RunResult {
        jobs = List.copyOf(jobs);
        disks = List.copyOf(disks);
        globalOptions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(globalOptions));
    }
}
