package io.jfio.model.result;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the reports print about one finished (or stopped, or failed) job: the sampler's statistics
 * plus what the runner knows. Filled by the engine's runner, read by the text/JSON/terse writers and
 * the GUI's results view. Immutable; any thread.
 *
 * @param stats           per-direction bytes, I/Os, latency, bandwidth/IOPS summaries, latency buckets
 * @param jobName         the job's name (its section name)
 * @param jobNumber       0-based instance number within numjobs
 * @param groupId         the reporting group (fio's groupid)
 * @param error           0, or the errno that ended the job (fio's "err=")
 * @param errorMessage    empty, or one line saying what failed ("write /tmp/x: No space left on device")
 * @param elapsedMillis   wall-clock time from the job's start to its end, ramp included (fio's "elapsed")
 * @param runtimeMillis   time measured after ramp_time (fio's "job_runtime")
 * @param cpu             CPU use of the job's threads
 * @param ioDepths        depth in flight at each issue
 * @param submitBatches   I/Os per submit call
 * @param completeBatches I/Os per reap call
 * @param issued          issued/short/dropped per direction
 * @param syncLatency     fsync/fdatasync latency (count 0 when none were issued)
 * @param options         the job's effective options as written (canonical name to value, "" for a bare
 *                        flag), in the order fio's JSON "job options" lists them
 * @param files           the files or devices the job did I/O on
 */
public record JobResult(JobStats stats, String jobName, int jobNumber, int groupId, int error, String errorMessage,
                        long elapsedMillis, long runtimeMillis, CpuUsage cpu, DepthHistogram ioDepths,
                        DepthHistogram submitBatches, DepthHistogram completeBatches, IssuedCounts issued,
                        LatencySummary syncLatency, Map<String, String> options, List<String> files) {

    public JobResult {
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(jobName, "jobName");
        Objects.requireNonNull(errorMessage, "errorMessage");
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(ioDepths, "ioDepths");
        Objects.requireNonNull(submitBatches, "submitBatches");
        Objects.requireNonNull(completeBatches, "completeBatches");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(syncLatency, "syncLatency");
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
        files = List.copyOf(files);
    }

    /** True if the job ended with an error. */
    public boolean failed() {
        return error != 0 || !errorMessage.isEmpty();
    }
}
