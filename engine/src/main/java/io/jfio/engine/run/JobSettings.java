package io.jfio.engine.run;

import io.jfio.engine.ioengine.EngineOptions;
import io.jfio.engine.output.log.FioLogOptions;
import io.jfio.engine.stats.PercentileList;
import io.jfio.engine.workload.RandomSeeds;
import io.jfio.engine.workload.RateSpec;
import io.jfio.engine.workload.ThinkTimeSpec;
import io.jfio.engine.workload.WorkloadSpec;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the runner needs to run one job, read once from its {@link io.jfio.model.job.JobSpec} by
 * {@link JobSettingsReader}: plain values with fio's defaults applied. Immutable; any thread.
 *
 * @param jobName        the name fio reports
 * @param jobNumber      0-based clone number within numjobs (fio's $jobnum)
 * @param jobIndex       1-based position among all jobs of the run (the N of log file names)
 * @param groupId        reporting group
 * @param stonewall      waits for every job before it to end
 * @param engineName     the ioengine
 * @param engineOptions  the ioengine's own options
 * @param files          the target paths in file order (empty for a diskless engine that names none)
 * @param sizing         size, filesize, offset and io_size as given
 * @param open           how files are opened
 * @param layout         what happens to files before and after the run
 * @param depth          queue depth and batching
 * @param workload       offsets, sizes, directions, loops, fsync=N
 * @param seeds          the random seeds
 * @param rate           rate limits
 * @param thinkTime      think time
 * @param timing         time_based, runtime, ramp_time, startdelay
 * @param endFsync       end_fsync
 * @param fsyncOnClose   fsync_on_close
 * @param buffers        buffer contents
 * @param memAlignBytes  alignment of the I/O buffers (at least the page size)
 * @param cpus           cpus_allowed, empty for no restriction
 * @param ioPriority     the ioprio value (class &lt;&lt; 13 | level) or -1 when prio/prioclass are not set
 * @param niceIncrement  nice: added to the worker thread's nice value, as nice(2) (0 leaves it)
 * @param exitAll        exitall
 * @param exitWhat       exit_what
 * @param waitFor        wait_for, or {@code null}
 * @param percentiles    percentile_list
 * @param bwAvgMillis    bwavgtime
 * @param iopsAvgMillis  iopsavgtime
 * @param diskUtil       disk_util
 * @param logs           the job's log options
 * @param options        the job's own options as written, for the report ("" for a bare flag)
 */
public record JobSettings(String jobName, int jobNumber, int jobIndex, int groupId, boolean stonewall,
                          String engineName, EngineOptions engineOptions, List<String> files, Sizing sizing,
                          OpenOptions open, LayoutOptions layout, DepthOptions depth, WorkloadSpec workload,
                          RandomSeeds seeds, RateSpec rate, ThinkTimeSpec thinkTime, Timing timing,
                          boolean endFsync, boolean fsyncOnClose, BufferOptions buffers, int memAlignBytes,
                          List<Integer> cpus, int ioPriority, int niceIncrement, boolean exitAll, ExitWhat exitWhat, String waitFor,
                          PercentileList percentiles, long bwAvgMillis, long iopsAvgMillis, boolean diskUtil,
                          FioLogOptions logs, Map<String, String> options) {

    public JobSettings {
        Objects.requireNonNull(jobName, "jobName");
        files = List.copyOf(files);
        cpus = List.copyOf(cpus);
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }

    /** Whether the job writes or trims (it needs a writable target). */
    public boolean writesOrTrims() {
        return workload.issues(io.jfio.engine.workload.DataDirection.WRITE)
                || workload.issues(io.jfio.engine.workload.DataDirection.TRIM);
    }

    /** What {@code exitall} stops when a job ends. */
    public enum ExitWhat {
        /** The jobs of the same reporting group (fio's default). */
        GROUP,
        /** Every running job; the next stonewalled group still runs. */
        STONEWALL,
        /** Every job; nothing after runs. */
        ALL
    }

    /** {@code fallocate}: how files are pre-allocated when laid out. */
    public enum Fallocate {
        NONE, NATIVE, POSIX, KEEP, TRUNCATE
    }

    /**
     * The size options as given, before any file is looked at. A percent above 0 wins over its bytes.
     *
     * @param sizeBytes         {@code size}: bytes of the job over all its files; 0 when not given
     * @param sizePercent       {@code size=N%} of each file
     * @param fileSizeLowBytes  {@code filesize} (the low end of its range); 0 when not given
     * @param fileSizeHighBytes the high end of the range (equal to the low end for one value)
     * @param nrFiles           {@code nrfiles}
     * @param offsetBytes       {@code offset}
     * @param offsetPercent     {@code offset=N%}
     * @param incrementBytes    {@code offset_increment}
     * @param incrementPercent  {@code offset_increment=N%}
     * @param offsetAlignBytes  {@code offset_align}, 0 for the minimum block size
     * @param ioSizeBytes       {@code io_size}; 0 when not given
     * @param ioSizePercent     {@code io_size=N%} of the job's size
     */
    public record Sizing(long sizeBytes, int sizePercent, long fileSizeLowBytes, long fileSizeHighBytes, int nrFiles,
                         long offsetBytes, int offsetPercent, long incrementBytes, int incrementPercent,
                         long offsetAlignBytes, long ioSizeBytes, int ioSizePercent) {
    }

    /**
     * How target files are opened.
     *
     * @param direct       O_DIRECT ({@code direct=1}, {@code buffered=0})
     * @param sync         O_SYNC ({@code sync=sync} or 1)
     * @param dsync        O_DSYNC ({@code sync=dsync})
     * @param createOnOpen {@code create_on_open}: create missing files when the job opens them, not before
     */
    public record OpenOptions(boolean direct, boolean sync, boolean dsync, boolean createOnOpen) {
    }

    /**
     * File preparation and cleanup.
     *
     * @param fallocate  pre-allocation of laid out files
     * @param invalidate drop the page cache of each file before the job ({@code invalidate})
     * @param preRead    read each file once before the job ({@code pre_read})
     * @param unlink     remove the files the job created when it ends ({@code unlink})
     */
    public record LayoutOptions(Fallocate fallocate, boolean invalidate, boolean preRead, boolean unlink) {
    }

    /**
     * Queue depth and batching.
     *
     * @param iodepth       units in flight at most
     * @param batchSubmit   {@code iodepth_batch_submit}: queued units per commit
     * @param completeMin   {@code iodepth_batch_complete_min}: completions to wait for per reap (0 polls)
     * @param completeMax   {@code iodepth_batch_complete_max}: completions to take per reap
     * @param low           {@code iodepth_low}: once the queue is full, reap down to this before queueing again
     * @param offload       {@code io_submit_mode=offload}
     */
    public record DepthOptions(int iodepth, int batchSubmit, int completeMin, int completeMax, int low,
                               boolean offload) {
    }

    /**
     * When the job runs and for how long.
     *
     * @param timeBased       {@code time_based}
     * @param runtimeNanos    {@code runtime}, 0 for none
     * @param rampNanos       {@code ramp_time}
     * @param startDelayNanos {@code startdelay} (drawn from its range when it has one)
     */
    public record Timing(boolean timeBased, long runtimeNanos, long rampNanos, long startDelayNanos) {
    }

    /**
     * What the I/O buffers hold.
     *
     * @param zero            {@code zero_buffers}
     * @param refill          {@code refill_buffers}: new contents before every write
     * @param scramble        {@code scramble_buffers}: a few changed bytes before every write
     * @param compressPercent {@code buffer_compress_percentage}, 0 when not given
     * @param pattern         {@code buffer_pattern} bytes, empty when not given
     */
    public record BufferOptions(boolean zero, boolean refill, boolean scramble, int compressPercent,
                                List<Byte> pattern) {
        public BufferOptions {
            pattern = List.copyOf(pattern);
        }

        /** The pattern as an array (a copy). */
        public byte[] patternBytes() {
            byte[] out = new byte[pattern.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = pattern.get(i);
            }
            return out;
        }
    }
}
