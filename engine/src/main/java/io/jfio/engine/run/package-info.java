/**
 * Runs the jobs of a job file: real I/O on worker threads, every I/O measured.
 *
 * <h2>From job file to result</h2>
 * <ol>
 *   <li>{@link io.jfio.engine.run.JobSettingsReader} reads each {@link io.jfio.model.job.JobSpec} into an
 *       immutable {@link io.jfio.engine.run.JobSettings} (fio's defaults from the catalog, fio's rules), and
 *       refuses a job that sets an option the catalog marks implemented but the runner does not honour
 *       ({@link io.jfio.engine.run.JobSettingsReader#HONOURED}).</li>
 *   <li>{@link io.jfio.engine.run.JobRunner} makes one {@link io.jfio.engine.sample.JobSampler} per job,
 *       registers the jobs with the fio-format log writer and the sample ticker, and runs the jobs group by
 *       group (a stonewall starts a group; wait_for and exitall within it). A shutdown hook turns Ctrl-C and
 *       SIGTERM into a stop that still completes the logs and returns what was measured.</li>
 *   <li>A worker thread per job ({@code Worker}) plans its files ({@code TargetPlanner}: fio's naming and
 *       sizing, the mounted-device refusal), lays them out ({@code FileLayout}), opens them through its
 *       engine, then runs the I/O loop: {@code InlineLoop} for io_submit_mode=inline, {@code OffloadLoop}
 *       (a submitter thread and the engine thread joined by two bounded rings) for offload. Both leave the
 *       engine to {@code EngineSide}, which queues, commits, reaps and accounts every completion.</li>
 *   <li>The result is a {@link io.jfio.model.result.RunResult}: the sampler's statistics plus the runner's
 *       own counts (I/O depths, submit/complete batches, issued and short I/Os, sync latency), CPU use from
 *       getrusage(RUSAGE_THREAD) of the job's threads, and disk utilisation from /proc/diskstats.</li>
 * </ol>
 *
 * <h2>Watching a run</h2>
 * A {@link io.jfio.engine.run.RunListener} hears each job's state changes (fio's run states,
 * {@link io.jfio.engine.output.status.JobState}) and, every {@link io.jfio.engine.run.JobRunner#PROGRESS_MILLIS}
 * ms, every job's {@link io.jfio.engine.output.status.JobProgress}. The runner is also the
 * {@link io.jfio.engine.output.status.StatusSource} of the command line's status display: from any thread
 * while it runs, {@code progress()}, {@code snapshot()} (the results so far, for --status-interval reports)
 * and {@code drainWindows()} (the sample windows closed since the last call, when
 * {@code RunOptions.statusWindows} is set).
 *
 * <h2>Rules the loop keeps</h2>
 * <ul>
 *   <li>Nothing is allocated per I/O; units, rings and counters exist before the first I/O.</li>
 *   <li>An I/O that started during ramp_time is in no statistic, wherever it completes; the sampler's
 *       windows are anchored at the ramp's end.</li>
 *   <li>Only files the job names are created or written; a block device is never laid out, and one that
 *       holds a mounted file system is never written.</li>
 *   <li>An I/O error ends its job with the errno and one line naming the file and offset; what was measured
 *       before it is kept.</li>
 * </ul>
 */
package io.jfio.engine.run;
