package io.jfio.engine.run;

import io.jfio.engine.ioengine.IoDirection;
import io.jfio.engine.ioengine.IoFile;
import io.jfio.engine.ioengine.IoUnit;
import io.jfio.engine.nativeio.NativeIoException;
import io.jfio.engine.workload.DataDirection;
import io.jfio.engine.workload.IoPlanner;
import io.jfio.engine.workload.RateLimiter;
import io.jfio.engine.workload.ThinkTime;

/**
 * A job's I/O loop on one thread (io_submit_mode=inline): ask the planner, take a free unit (reaping
 * when none is free, down to iodepth_low), wait for the rate limit, prepare the buffer, queue, commit per
 * iodepth_batch_submit, think, and stop on DONE, at runtime, or when asked. A loop end or a sync drains
 * the queue first, as fio does. Allocation-free per I/O. Threading: the job's worker thread.
 */
final class InlineLoop {

    private final JobExecution job;
    private final PageCacheDropper cache;
    private final EngineSide side;
    private final IoPlanner planner;
    private final RateLimiter rate;
    private final ThinkTime think;
    private final long thinkSpinNanos;
    private final BufferFiller filler;
    private final IoFile[] files;
    private final long endNanos;
    private final int lowWatermark;

    InlineLoop(JobExecution job, EngineSide side, IoPlanner planner, RateLimiter rate, ThinkTime think,
               BufferFiller filler, IoFile[] files, long endNanos, PageCacheDropper cache) {
        this.job = job;
        this.cache = cache;
        this.side = side;
        this.planner = planner;
        this.rate = rate;
        this.think = think;
        this.thinkSpinNanos = think.spinNanos();
        this.filler = filler;
        this.files = files;
        this.endNanos = endNanos;
        this.lowWatermark = job.settings().depth().low();
    }

    void run() throws NativeIoException {
        boolean ignoreThinkInRate = job.settings().rate().ignoreThinktime();
        while (!job.stopRequested()) {
            long now = System.nanoTime();
            side.checkMeasuring(now);
            if (now >= endNanos) {
                break;
            }
            int step = planner.next(now);
            if (step == IoPlanner.DONE) {
                break;
            }
            if (step == IoPlanner.LOOP_END) {
                side.drain();
                cache.dropAll();
                continue;
            }
            IoUnit unit = side.unit(side.takeFreeUnit(lowWatermark));
            if (step == IoPlanner.SYNC) {
                side.drain();
                unit.prepare(planner.isDataSync() ? IoDirection.DATASYNC : IoDirection.SYNC,
                        files[planner.fileIndex()], 0, 0);
                unit.setStartNanos(System.nanoTime());
                side.submit(unit);
                continue;
            }
            int dir = planner.directionIndex();
            boolean restamp = false;
            if (rate.isLimited(dir)) {
                long wait = rate.delayNanos(dir, now);
                if (wait > 0) {
                    side.commit();
                    if (!Pause.until(job, Math.min(now + wait, endNanos), side)) {
                        break;
                    }
                    now = System.nanoTime();
                    if (now >= endNanos) {
                        break;
                    }
                }
            }
            long offset = planner.offsetBytes();
            int length = planner.lengthBytes();
            unit.prepare(EngineSide.ioDirection(dir), files[planner.fileIndex()], offset, length);
            if (dir == DataDirection.WRITE_INDEX && filler.active()) {
                filler.beforeWrite(unit, offset, length);
                restamp = true;
            }
            // the loop's clock reading is the start unless filling a buffer took time since
            long start = restamp ? System.nanoTime() : now;
            unit.setStartNanos(start);
            side.submit(unit);
            rate.onIssued(dir, length, start);
            long stall = think.afterIssue(start) + side.takeOwedStall();
            if (stall > 0) {
                side.commit();
                if (!Pause.stall(job, stall, thinkSpinNanos, side)) {
                    break;
                }
                if (ignoreThinkInRate) {
                    rate.shift(stall);
                }
            }
            side.pollIfAsked();
        }
        side.drain();
    }
}
