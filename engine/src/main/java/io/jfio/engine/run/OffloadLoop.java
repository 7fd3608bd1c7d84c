package io.jfio.engine.run;

import io.jfio.engine.ioengine.IoDirection;
import io.jfio.engine.ioengine.IoFile;
import io.jfio.engine.ioengine.IoUnit;
import io.jfio.engine.ioengine.IoUnitSet;
import io.jfio.engine.nativeio.NativeIoException;
import io.jfio.engine.nativeio.ThreadUsage;
import io.jfio.engine.workload.DataDirection;
import io.jfio.engine.workload.IoPlanner;
import io.jfio.engine.workload.RateLimiter;
import io.jfio.engine.workload.ThinkTime;

import java.util.concurrent.locks.LockSupport;

/**
 * A job's I/O loop for io_submit_mode=offload: a submitter thread plans, paces (rate, think time) and
 * prepares units, stamping each with the time it was meant to start, and hands them over through a
 * bounded ring; the worker thread, which owns the engine, queues, commits and reaps them and returns the
 * units through a second ring. At a loop end (and before an fsync) the submitter waits until every unit
 * is back, so that, as inline, the queue is drained there. The submitter keeps to its schedule whatever
 * the device does, so latency counts from the intended start (fio's answer to coordinated omission).
 * Both rings hold iodepth entries; neither thread ever blocks without a timeout, so a stop request or
 * the end of the job always ends both. Threading: {@link #run} on the job's worker thread, which starts and joins the submitter.
 */
final class OffloadLoop {

    private static final long IDLE_PARK_NANOS = 1_000_000L;
    private static final int SPINS_BEFORE_BLOCKING = 64;

    private final JobExecution job;
    private final PageCacheDropper cache;
    private final EngineSide side;
    private final IoUnitSet units;
    private final IoPlanner planner;
    private final RateLimiter rate;
    private final ThinkTime think;
    private final BufferFiller filler;
    private final IoFile[] files;
    private final long endNanos;
    private final IntRing submitRing;
    private final IntRing freeRing;
    private final int completeMax;
    private volatile boolean submitterDone;
    private volatile boolean engineSleeping;
    private volatile Thread engineThread;
    private final ThreadUsage submitterStart = new ThreadUsage();
    private final ThreadUsage submitterEnd = new ThreadUsage();

    OffloadLoop(JobExecution job, EngineSide side, IoUnitSet units, IoPlanner planner, RateLimiter rate,
                ThinkTime think, BufferFiller filler, IoFile[] files, long endNanos, IntRing freeRing,
                PageCacheDropper cache) {
        this.job = job;
        this.cache = cache;
        this.side = side;
        this.units = units;
        this.planner = planner;
        this.rate = rate;
        this.think = think;
        this.filler = filler;
        this.files = files;
        this.endNanos = endNanos;
        this.freeRing = freeRing;
        this.submitRing = new IntRing(units.size());
        this.completeMax = job.settings().depth().completeMax();
    }

    /** Runs the job; returns once both threads have ended. */
    void run() throws NativeIoException {
        engineThread = Thread.currentThread();
        Thread submitter = new Thread(this::submitLoop, Thread.currentThread().getName() + "-submit");
        submitter.setDaemon(true);
        submitter.start();
        try {
            engineLoop();
        } finally {
            if (!submitterDone) {
                job.requestStop(); // the engine side failed: end the submitter too
            }
            joinQuietly(submitter);
            side.drain();
        }
    }

    /** CPU time of the submitter thread, as {end, start} samples (valid after {@link #run}). */
    ThreadUsage[] submitterUsage() {
        return new ThreadUsage[] {submitterEnd, submitterStart};
    }

    private void engineLoop() throws NativeIoException {
        int idle = 0;
        while (true) {
            side.checkMeasuring(System.nanoTime());
            int took = 0;
            for (int index = submitRing.poll(); index >= 0; index = submitRing.poll()) {
                side.submit(units.unit(index));
                took++;
            }
            side.commit();
            int reaped = side.inflight() > 0 ? side.reap(0, completeMax) : 0;
            if (took > 0 || reaped > 0) {
                idle = 0;
                continue;
            }
            if (submitterDone && submitRing.isEmpty()) {
                return;
            }
            if (side.inflight() > 0) {
                if (++idle < SPINS_BEFORE_BLOCKING) {
                    Thread.onSpinWait();
                } else {
                    side.reap(1, completeMax);
                    idle = 0;
                }
            } else {
                engineSleeping = true;
                if (submitRing.isEmpty() && !submitterDone) {
                    LockSupport.parkNanos(IDLE_PARK_NANOS);
                }
                engineSleeping = false;
            }
        }
    }

    private void submitLoop() {
        try {
            submitterStart.sample();
            submit();
        } catch (NativeIoException e) {
            job.fail(e.errorNumber(), e.getMessage());
        } catch (RuntimeException e) {
            job.fail(0, "internal error in the submitter thread: " + e);
        } finally {
            try {
                submitterEnd.sample();
            } catch (NativeIoException e) {
                // CPU figures stay those of the start sample
            }
            submitterDone = true;
            LockSupport.unpark(engineThread);
        }
    }

    private void submit() throws NativeIoException {
        boolean ignoreThinkInRate = job.settings().rate().ignoreThinktime();
        while (!job.stopRequested()) {
            long now = System.nanoTime();
            if (now >= endNanos) {
                return;
            }
            int step = planner.next(now);
            if (step == IoPlanner.DONE) {
                return;
            }
            if (step == IoPlanner.LOOP_END) {
                if (!awaitAllFree()) {
                    return;
                }
                cache.dropAll();
                continue;
            }
            if (step == IoPlanner.SYNC && !awaitAllFree()) {
                return;
            }
            int index = takeFree();
            if (index < 0) {
                return;
            }
            IoUnit unit = units.unit(index);
            if (step == IoPlanner.SYNC) {
                unit.prepare(planner.isDataSync() ? IoDirection.DATASYNC : IoDirection.SYNC, files[planner.fileIndex()], 0, 0);
                unit.setStartNanos(System.nanoTime());
                handOver(index);
                continue;
            }
            int dir = planner.directionIndex();
            long start = now;
            if (rate.isLimited(dir)) {
                long wait = rate.delayNanos(dir, now);
                if (wait > 0) {
                    if (!Pause.until(job, Math.min(now + wait, endNanos), null) || System.nanoTime() >= endNanos) {
                        return;
                    }
                    start = now + wait; // the intended start: a late wake-up counts against latency
                }
            }
            long offset = planner.offsetBytes();
            int length = planner.lengthBytes();
            unit.prepare(EngineSide.ioDirection(dir), files[planner.fileIndex()], offset, length);
            if (dir == DataDirection.WRITE_INDEX && filler.active()) {
                filler.beforeWrite(unit, offset, length);
            }
            if (!rate.isLimited(dir)) {
                start = System.nanoTime();
            }
            unit.setStartNanos(start);
            handOver(index);
            rate.onIssued(dir, length, start);
            long stall = think.afterIssue(start);
            if (stall > 0) {
                if (!Pause.stall(job, stall, think.spinNanos(), null)) {
                    return;
                }
                if (ignoreThinkInRate) {
                    rate.shift(stall);
                }
            }
        }
    }

    private int takeFree() {
        Thread self = Thread.currentThread();
        while (true) {
            int index = freeRing.poll();
            if (index >= 0) {
                return index;
            }
            if (job.stopRequested()) {
                return -1;
            }
            side.setFreeWaiter(self);
            index = freeRing.poll();
            if (index >= 0) {
                side.setFreeWaiter(null);
                return index;
            }
            LockSupport.parkNanos(IDLE_PARK_NANOS);
            side.setFreeWaiter(null);
        }
    }

    /**
     * Drains, as the inline loop does at a loop end or before a sync: waits until the engine thread has
     * completed and returned every unit handed over. False if the job was asked to stop meanwhile.
     */
    private boolean awaitAllFree() {
        Thread self = Thread.currentThread();
        int all = units.size();
        while (freeRing.size() < all) {
            if (job.stopRequested()) {
                return false;
            }
            side.setFreeWaiter(self);
            if (freeRing.size() < all) {
                LockSupport.parkNanos(IDLE_PARK_NANOS);
            }
            side.setFreeWaiter(null);
        }
        return true;
    }

    private void handOver(int index) {
        submitRing.offer(index); // never full: it holds every unit
        if (engineSleeping) {
            LockSupport.unpark(engineThread);
        }
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join(100);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    void closeUsage() {
        submitterStart.close();
        submitterEnd.close();
    }
}
