package io.jfio.engine.run;

import io.jfio.engine.sample.JobSampler;
import io.jfio.engine.workload.DataDirection;
import io.jfio.model.result.CpuUsage;
import io.jfio.model.result.Direction;

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
    private volatile JobState state = JobState.WAITING;
    private volatile boolean stopRequested;
    private volatile long startNanos;
    private volatile long measureStartNanos;
    private volatile long endNanos;
    private volatile long plannedBytes;
    private volatile long plannedIos;
    private int errorNumber;
    private String errorMessage = "";
    // written by the worker before finished(), read after awaitEnd()
    private CpuUsage cpu = CpuUsage.NONE;
    private WorkerCounters counters = new WorkerCounters();
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
        setState(failed() ? JobState.FAILED : JobState.DONE);
        ended.countDown();
    }

    /** Marks a job that never started (exit_what=all, a signal) as ended. */
    void skipped() {
        setState(JobState.DONE);
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
        long elapsed = start == 0 ? 0 : (endNanos != 0 ? endNanos : nowNanos) - start;
        double percent = 0;
        long eta = -1;
        JobSettings.Timing t = settings.timing();
        long totalTime = t.runtimeNanos() > 0 ? t.rampNanos() + t.runtimeNanos() : 0;
        if (state.isEnded()) {
            percent = 100;
            eta = 0;
        } else if (start != 0) {
            double byTime = totalTime > 0 ? 100.0 * elapsed / totalTime : -1;
            double byIo = -1;
            if (!t.timeBased()) {
                long done = 0;
                long ios = 0;
                for (Direction d : Direction.values()) {
                    done += sampler.counters().bytes(d);
                    ios += sampler.counters().ios(d);
                }
                if (plannedIos > 0) {
                    byIo = 100.0 * ios / plannedIos;
                } else if (plannedBytes > 0) {
                    byIo = 100.0 * done / plannedBytes;
                }
            }
            percent = Math.max(byTime, byIo);
            if (percent >= 0) {
                percent = Math.min(percent, 99.9);
                eta = byTime >= 0 && (byIo < 0 || byTime >= byIo)
                        ? Math.max(0, (totalTime - elapsed) / 1_000_000_000L)
                        : percent > 0 ? (long) (elapsed * (100 - percent) / percent / 1e9) : -1;
            } else {
                percent = 0;
            }
        }
        return new JobProgress(settings.jobName(), settings.jobIndex(), settings.groupId(), state,
                settings.workload().issues(DataDirection.READ),
                settings.workload().issues(DataDirection.WRITE) || settings.workload().issues(DataDirection.TRIM),
                percent, eta, elapsed, sampler.counters().snapshot(nowNanos));
    }
}
