package io.jfio.engine.run;

import io.jfio.engine.output.status.JobProgress;
import io.jfio.engine.output.status.JobState;
import io.jfio.engine.sample.JobSampler;
import io.jfio.model.result.CpuUsage;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One job of a run as the runner and its worker share it: the stop request, the state, the first error,
 * the timestamps and, once the worker ended, what only the worker measured (CPU, depths, files). The
 * worker writes, the runner and listeners read; fields are volatile or published by {@link #finished()}.
 */
final class JobExecution {

    private final JobSettings settings;
    private final JobSampler sampler;
    private final RunListener listener;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile JobState state = JobState.NOT_STARTED;
    private volatile boolean stopRequested;
    private volatile boolean killed;
    private volatile int openFiles;
    private volatile long startNanos;
    private volatile long measureStartNanos;
    private volatile long endNanos;
    private volatile long plannedBytes;
    private volatile long plannedIos;
    private int errorNumber;
    private String errorMessage = "";
    // the worker's live counters: set before its first I/O, read racily by interim reports, exactly after awaitEnd()
    private volatile WorkerCounters counters = new WorkerCounters();
    // written by the worker before finished(), read after awaitEnd()
    private CpuUsage cpu = CpuUsage.NONE;
    private List<String> files = List.of();

    JobExecution(JobSettings settings, JobSampler sampler, RunListener listener) {
        this.settings = settings;
        this.sampler = sampler;
        this.listener = listener;
    }

    JobSettings settings() {
        return settings;
    }

    JobSampler sampler() {
        return sampler;
    }

    JobState state() {
        return state;
    }

    void setState(JobState newState) {
        if (state != newState) {
            state = newState;
            listener.jobStateChanged(progress(System.nanoTime()), newState);
        }
    }

    /** Asks the worker to stop issuing I/O and end as soon as its in-flight I/O is back. */
    void requestStop() {
        stopRequested = true;
    }

    /** Stops the job because of a signal: it ends as {@link JobState#KILLED}. */
    void kill() {
        killed = true;
        stopRequested = true;
    }

    boolean stopRequested() {
        return stopRequested;
    }

    /** Records the job's error (the first one wins) and stops it. */
    synchronized void fail(int errno, String message) {
        if (errorMessage.isEmpty()) {
            errorNumber = errno;
            errorMessage = message;
        }
        stopRequested = true;
    }

    synchronized int errorNumber() {
        return errorNumber;
    }

    synchronized String errorMessage() {
        return errorMessage;
    }

    synchronized boolean failed() {
        return !errorMessage.isEmpty();
    }

    /** The job's I/O starts now; {@code bytes}/{@code ios} (0 if unknown) are what it plans to move. */
    void started(long nowNanos, long bytes, long ios) {
        plannedBytes = bytes;
        plannedIos = ios;
        startNanos = nowNanos;
    }

    /** The worker counts into {@code workerCounters} from now on (interim reports read them). */
    void counting(WorkerCounters workerCounters) {
        counters = workerCounters;
    }

    /** The number of files the job has open now. */
    void filesOpen(int count) {
        openFiles = count;
    }

    void measuring(long nowNanos) {
        measureStartNanos = nowNanos;
    }

    long startNanos() {
        return startNanos;
    }

    long measureStartNanos() {
        return measureStartNanos;
    }

    long endNanos() {
        return endNanos;
    }

    /** Worker: publishes what it measured; the job has ended. */
    void finished(long nowNanos, CpuUsage cpuUsage, WorkerCounters workerCounters, List<String> paths) {
        this.endNanos = nowNanos;
        this.cpu = cpuUsage;
        this.counters = workerCounters;
        this.files = List.copyOf(paths);
        this.openFiles = 0;
        setState(failed() ? JobState.FAILED : killed ? JobState.KILLED : JobState.DONE);
        ended.countDown();
    }

    /** Marks a job that never started (exit_what=all, a signal) as ended. */
    void skipped() {
        setState(killed ? JobState.KILLED : JobState.DONE);
        ended.countDown();
    }

    boolean awaitEnd(long timeoutMillis) throws InterruptedException {
        return ended.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    boolean hasEnded() {
        return ended.getCount() == 0;
    }

    CpuUsage cpu() {
        return cpu;
    }

    WorkerCounters counters() {
        return counters;
    }

    List<String> files() {
        return files;
    }

    /** The job's progress now. */
    JobProgress progress(long nowNanos) {
        long start = startNanos;
        long end = endNanos;
        long elapsed = start == 0 ? 0 : (end != 0 ? end : nowNanos) - start;
        JobSettings.Timing t = settings.timing();
        long timeLimit = t.runtimeNanos() > 0 ? t.rampNanos() + t.runtimeNanos() : 0;
        boolean sizeBound = !t.timeBased();
        return new JobProgress(settings.jobName(), settings.jobIndex(), settings.groupId(), state, openFiles,
                sampler.counters().snapshot(nowNanos), elapsed, sizeBound ? plannedBytes : 0,
                sizeBound ? plannedIos : 0, timeLimit);
    }
}
