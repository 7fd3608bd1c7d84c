package io.jfio.engine.run;

import io.jfio.engine.ioengine.IoDirection;
import io.jfio.engine.ioengine.IoEngine;
import io.jfio.engine.ioengine.IoUnit;
import io.jfio.engine.ioengine.IoUnitSet;
import io.jfio.engine.ioengine.QueueStatus;
import io.jfio.engine.nativeio.Errno;
import io.jfio.engine.nativeio.NativeIoException;
import io.jfio.engine.output.status.JobState;
import io.jfio.engine.sample.JobSampler;
import io.jfio.engine.workload.MinRateMonitor;
import io.jfio.engine.workload.RateSpec;
import io.jfio.engine.workload.ThinkTime;
import io.jfio.model.result.Direction;

import java.util.concurrent.locks.LockSupport;

/**
 * The half of a job's I/O loop that owns the engine: queues prepared units (committing every
 * iodepth_batch_submit, retrying a BUSY unit after a reap), commits, reaps by iodepth_batch_complete_min/max,
 * and accounts each completion: sampler (slat at commit, clat/lat at completion), depth and batch
 * counters, the rate floor, the first error. It also starts the measured period when ramp_time is over.
 * Freed units go back to a local stack (inline) or to the planner's ring (offload).
 *
 * <p>Allocation-free on success paths. Threading: the one thread that owns the engine.
 */
final class EngineSide {

    private static final Direction[] DIRECTIONS = Direction.values();
    private static final IoDirection[] IO_DIRECTIONS = {IoDirection.READ, IoDirection.WRITE, IoDirection.TRIM};

    private final JobExecution job;
    private final IoEngine engine;
    private final IoUnitSet units;
    private final JobSampler sampler;
    private final WorkerCounters counters;
    private final RateSpec rateSpec;
    private final int batchSubmit;
    private final int completeMin;
    private final int completeMax;
    private final int prio;
    private final long rampEndNanos;
    private final boolean rampTime;
    private final int[] pending;
    private int pendingCount;
    private int queuedSinceCommit;
    private int inflight;
    private boolean measuring;
    private MinRateMonitor minRate;
    // inline: free units on a stack; offload: back to the planner through a ring
    private final int[] freeStack;
    private int freeCount;
    private final IntRing freeRing;
    private volatile Thread freeWaiter;
    // inline only: think time owed after completions
    private final ThinkTime think;
    private long stallOwedNanos;

    EngineSide(JobExecution job, IoEngine engine, IoUnitSet units, WorkerCounters counters, long jobStartNanos,
               IntRing freeRing, ThinkTime think) {
        JobSettings s = job.settings();
        this.job = job;
        this.engine = engine;
        this.units = units;
        this.sampler = job.sampler();
        this.counters = counters;
        this.rateSpec = s.rate();
        this.batchSubmit = s.depth().batchSubmit();
        this.completeMin = s.depth().completeMin();
        this.completeMax = s.depth().completeMax();
        this.prio = Math.max(0, s.ioPriority());
        this.rampTime = s.timing().rampNanos() > 0;
        this.rampEndNanos = jobStartNanos + s.timing().rampNanos();
        this.pending = new int[units.size()];
        this.freeRing = freeRing;
        this.freeStack = new int[units.size()];
        if (freeRing == null) {
            for (int i = units.size() - 1; i >= 0; i--) {
                freeStack[freeCount++] = i;
            }
        } else {
            for (int i = 0; i < units.size(); i++) {
                freeRing.offer(i);
            }
        }
        this.think = think;
    }

    /**
     * Starts the measured period once ramp_time is over: anchors the sampler at the ramp's end and, as fio
     * resets its stats then, clears the depth and batch counts taken during the ramp (they stay for a job
     * that ends inside its ramp, which fio reports whole). Latencies need no reset: an I/O is sampled
     * exactly when it started after the ramp.
     */
    void checkMeasuring(long nowNanos) {
        if (!measuring && nowNanos >= rampEndNanos) {
            measuring = true;
            counters.clearIoCounts();
            sampler.start(rampEndNanos);
            minRate = new MinRateMonitor(rateSpec, rampEndNanos);
            job.measuring(rampEndNanos);
            job.setState(JobState.RUNNING);
        } else if (!measuring && rampTime) {
            job.setState(JobState.RAMP);
        }
    }

    boolean isMeasuring() {
        return measuring;
    }

    // ---- units (inline)

    int freeCount() {
        return freeCount;
    }

    int inflight() {
        return inflight;
    }

    /** Inline: a free unit's index, reaping first when every unit is busy (down to iodepth_low). */
    int takeFreeUnit(int lowWatermark) throws NativeIoException {
        if (freeCount == 0) {
            commit();
            reap(Math.max(1, completeMin), completeMax);
            while (inflight > lowWatermark && !job.stopRequested()) {
                reap(1, completeMax);
            }
        }
        return freeStack[--freeCount];
    }

    IoUnit unit(int index) {
        return units.unit(index);
    }

    // ---- queue, commit, reap

    /** Queues a prepared, time-stamped unit; returns once the engine took it (or completed it). */
    void submit(IoUnit unit) throws NativeIoException {
        QueueStatus status = engine.queue(unit);
        while (status == QueueStatus.BUSY) {
            commit();
            if (inflight > 0) {
                reap(1, completeMax);
            }
            status = engine.queue(unit);
        }
        int slot = unit.direction().isData() || unit.direction() == IoDirection.TRIM
                ? unit.direction().ordinal() : WorkerCounters.SYNC_SLOT;
        inflight++;
        long started = unit.startNanos();
        if (!measuring && started >= rampEndNanos) {
            checkMeasuring(started); // before counting it: the ramp's counts are cleared first
        }
        boolean counted = !measuring || started >= rampEndNanos;
        if (counted) {
            counters.issued(slot);
        }
        if (status == QueueStatus.COMPLETED) {
            if (counted) {
                counters.depth(inflight, 1);
                counters.submitted(1);
                counters.completed(1);
            }
            account(unit);
            return;
        }
        pending[pendingCount++] = unit.index();
        if (++queuedSinceCommit >= batchSubmit) {
            commit();
        }
    }

    /** Hands queued units to the kernel and records their submission latency. */
    void commit() throws NativeIoException {
        if (pendingCount == 0) {
            return;
        }
        int n = engine.commit();
        queuedSinceCommit = 0;
        if (n <= 0) {
            return;
        }
        counters.submitted(n);
        // fio's depth histogram counts the units of a commit at the depth they make together
        counters.depth(inflight, n);
        for (int i = 0; i < pendingCount; ) {
            IoUnit unit = units.unit(pending[i]);
            long issued = unit.issueNanos();
            if (issued == 0) {
                i++;
                continue;
            }
            if ((unit.direction().isData() || unit.direction() == IoDirection.TRIM) && unit.startNanos() >= rampEndNanos) {
                sampler.recordSubmission(DIRECTIONS[unit.direction().ordinal()], unit.lengthBytes(), unit.offsetBytes(),
                        prio, issued - unit.startNanos(), issued);
            }
            pending[i] = pending[--pendingCount];
        }
    }

    /** Reaps between {@code min} and {@code max} completions; returns how many. */
    int reap(int min, int max) throws NativeIoException {
        int n = engine.getEvents(min, max);
        if (n > 0) {
            counters.completed(n);
            for (int i = 0; i < n; i++) {
                account(engine.event(i));
            }
        }
        return n;
    }

    /** Reaps without waiting when iodepth_batch_complete_min=0 asks to poll. */
    void pollIfAsked() throws NativeIoException {
        if (completeMin == 0 && inflight > 0) {
            reap(0, completeMax);
        }
    }

    /** Commits and waits for every queued or in-flight unit. */
    void drain() throws NativeIoException {
        commit();
        while (inflight > 0) {
            commit();
            if (engine.outstanding() == 0) {
                break;
            }
            reap(1, completeMax);
        }
    }

    /** Think time the completions asked for since the last call (inline). */
    long takeOwedStall() {
        long owed = stallOwedNanos;
        stallOwedNanos = 0;
        return owed;
    }

    private void account(IoUnit unit) {
        inflight--;
        long completion = unit.completionNanos();
        checkMeasuring(completion);
        if (unit.failed()) {
            job.fail(unit.errorNumber(), describeError(unit));
        } else {
            record(unit, completion);
        }
        // last: in offload mode the submitter reuses the unit as soon as it is back
        release(unit.index());
    }

    private void record(IoUnit unit, long completion) {
        // an I/O belongs to ramp_time if it started during it, wherever it completes
        boolean measured = unit.startNanos() >= rampEndNanos;
        IoDirection direction = unit.direction();
        if (!direction.isData() && direction != IoDirection.TRIM) {
            if (measured) {
                counters.sync(completion - unit.startNanos());
            }
            return;
        }
        int d = direction.ordinal();
        long bytes = unit.resultBytes();
        if (!measured) {
            sampler.counters().add(DIRECTIONS[d], bytes);
        } else {
            if (unit.residualBytes() > 0) {
                counters.shortIo(d);
            }
            sampler.recordCompletion(DIRECTIONS[d], bytes, unit.offsetBytes(), prio, completion - unit.issueNanos(),
                    completion - unit.startNanos(), completion);
            if (minRate != null) {
                minRate.onCompleted(d, bytes);
                if (!minRate.check(completion)) {
                    job.fail(0, minRate.failureMessage(job.settings().jobName()));
                }
            }
        }
        if (think != null) {
            stallOwedNanos += think.afterCompletions(1, completion);
        }
    }

    private void release(int index) {
        if (freeRing == null) {
            freeStack[freeCount++] = index;
            return;
        }
        freeRing.offer(index);
        Thread waiter = freeWaiter;
        if (waiter != null) {
            LockSupport.unpark(waiter);
        }
    }

    /** Offload: the planner thread that waits for free units, to wake when one comes back. */
    void setFreeWaiter(Thread thread) {
        freeWaiter = thread;
    }

    private String describeError(IoUnit unit) {
        String what = unit.direction() == IoDirection.SYNC ? "fsync" : unit.direction() == IoDirection.DATASYNC
                ? "fdatasync" : unit.direction().name().toLowerCase(java.util.Locale.ROOT);
        String where = unit.direction().isData() || unit.direction() == IoDirection.TRIM
                ? " at offset " + unit.offsetBytes() + " (" + unit.lengthBytes() + " bytes)" : "";
        String full = unit.errorNumber() == Errno.ENOSPC ? " (the file system is full)" : "";
        return what + " " + unit.file().path() + where + ": " + engine.describeError(unit) + full;
    }

    static IoDirection ioDirection(int dataDirection) {
        return IO_DIRECTIONS[dataDirection];
    }
}
