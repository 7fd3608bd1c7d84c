package io.jfio.engine.sample;

import io.jfio.engine.stats.JobTotals;
import io.jfio.engine.stats.WindowBuffer;
import io.jfio.model.result.Direction;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.JobStats;
import org.HdrHistogram.WriterReaderPhaser;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Samples one job in fixed windows anchored at the job's start (the moment {@link #start} is called, after
 * {@code ramp_time}): window k spans [k*W, (k+1)*W) whatever the I/O loop does in between (loop re-entry,
 * file re-opens, queue drains, stonewall waits), because boundaries are computed from the anchor alone.
 * Each closed window becomes an immutable {@link IntervalSample}, is added to the job's totals, and is
 * offered to every subscribed {@link SampleChannel}. Every window is published, idle ones too (all
 * directions at zero), so consumers see stalls; the last one, flagged final, ends at {@link #finish}.
 *
 * <h2>Threading</h2>
 * <ul>
 *   <li><b>I/O thread</b> (one at a time): {@link #recordCompletion} and {@link #recordSubmission}. They never
 *   block and never allocate, except on the rare call that closes a window (see below). Records go into the
 *   active {@link WindowBuffer} inside a {@link WriterReaderPhaser} critical section.</li>
 *   <li><b>Who closes windows.</b> A window is closed by whoever holds the close lock when its end has passed:
 *   normally the I/O thread itself, on the first record stamped at or after the boundary (so attribution
 *   by completion time is exact); for an idle or stuck job, the {@link SampleTicker} via
 *   {@link #closeOverdue} once the boundary is a grace period old; at the end, {@link #finish}. Closing
 *   swaps the active buffer and flips the phaser, which waits for an in-flight record to leave the old
 *   buffer, so each I/O lands in exactly one window: never lost, never counted twice. The I/O thread only
 *   ever {@code tryLock}s: if another thread is closing, it records straight into whichever buffer is
 *   active (an I/O racing a ticker at a boundary may thus land one window late, still counted once).</li>
 *   <li><b>Any thread</b>: {@link #stats}, which takes the close lock (it may briefly wait for a close).</li>
 *   <li>{@link #subscribe} and {@link #setPerIoListener} before {@link #start}, from the thread that sets the job up.</li>
 * </ul>
 */
public final class JobSampler {

    private static final long NOT_STARTED = Long.MIN_VALUE;

    private final SamplerConfig config;
    private final long windowNanos;
    private final WriterReaderPhaser phaser = new WriterReaderPhaser();
    private final ReentrantLock closeLock = new ReentrantLock();
    private final List<SampleChannel> channels = new CopyOnWriteArrayList<>();
    private final JobTotals totals;
    private final WindowAggregator bandwidthWindows;
    private final WindowAggregator iopsWindows;
    private volatile WindowBuffer active;
    private volatile long nextBoundaryNanos = NOT_STARTED; // absolute clock reading; NOT_STARTED before start and after finish
    private volatile boolean started;
    private volatile boolean finished;
    private volatile PerIoListener perIoListener;
    // guarded by closeLock
    private WindowBuffer spare;
    private long anchorNanos;
    private long windowStartNanos;
    private long windowsClosed;

    public JobSampler(SamplerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.windowNanos = config.windowMillis() * 1_000_000L;
        this.active = newBuffer();
        this.spare = newBuffer();
        this.totals = new JobTotals(config.directionSet(), config.submissionLatency());
        this.bandwidthWindows = new WindowAggregator(config.bwAvgMillis());
        this.iopsWindows = new WindowAggregator(config.iopsAvgMillis());
    }

    private WindowBuffer newBuffer() {
        return new WindowBuffer(config.directionSet(), config.submissionLatency(), config.fioHistogram());
    }

    /** The configuration. */
    public SamplerConfig config() {
        return config;
    }

    /**
     * Adds a consumer channel. Call before {@link #start}.
     *
     * @param consumerName for the drop report
     * @param capacity     windows the channel holds before it drops
     */
    public SampleChannel subscribe(String consumerName, int capacity) {
        SampleChannel channel = new SampleChannel(consumerName, capacity);
        channels.add(channel);
        return channel;
    }

    /** Sets the receiver of every recorded I/O (per-I/O logs). Call before {@link #start}. */
    public void setPerIoListener(PerIoListener listener) {
        this.perIoListener = listener;
    }

    /** Anchors window 0 at {@code anchorNanos} (a {@link NanoClock} reading): the job's start after ramp_time. */
    public void start(long anchorNanos) {
        closeLock.lock();
        try {
            if (started) {
                throw new IllegalStateException("job " + config.jobName() + " sampler already started");
            }
            this.anchorNanos = anchorNanos;
            this.windowStartNanos = anchorNanos;
            this.started = true;
            this.nextBoundaryNanos = anchorNanos + windowNanos;
        } finally {
            closeLock.unlock();
        }
    }

    /** The anchor passed to {@link #start} (0 before). */
    public long anchorNanos() {
        return started ? anchorNanos : 0;
    }

    /** True once {@link #start} ran. */
    public boolean isStarted() {
        return started;
    }

    /** True once {@link #finish} ran. */
    public boolean isFinished() {
        return finished;
    }

    /**
     * I/O thread: one completed I/O. Ignored before {@link #start} and after {@link #finish}.
     *
     * @param direction       its data direction
     * @param bytes           bytes transferred
     * @param offset          its file offset (for per-I/O logs)
     * @param prio            its ioprio value (class &lt;&lt; 13 | level; 0 for none)
     * @param clatNanos       completion latency: issue to completion
     * @param latNanos        total latency: start to completion
     * @param completionNanos when it completed, a {@link NanoClock} reading
     */
    public void recordCompletion(Direction direction, long bytes, long offset, int prio, long clatNanos,
                                 long latNanos, long completionNanos) {
        if (completionNanos >= nextBoundaryNanos && !closeDueFromIoThread(completionNanos)) {
            return;
        }
        long phase = phaser.writerCriticalSectionEnter();
        try {
            active.recordCompletion(direction, bytes, clatNanos, latNanos);
        } finally {
            phaser.writerCriticalSectionExit(phase);
        }
        PerIoListener listener = perIoListener;
        if (listener != null) {
            listener.onCompletion(direction, bytes, offset, prio, clatNanos, latNanos, completionNanos);
        }
    }

    /** I/O thread: one submission of an asynchronous engine, with its submission latency. */
    public void recordSubmission(Direction direction, long bytes, long offset, int prio, long slatNanos,
                                 long submitNanos) {
        if (submitNanos >= nextBoundaryNanos && !closeDueFromIoThread(submitNanos)) {
            return;
        }
        long phase = phaser.writerCriticalSectionEnter();
        try {
            active.recordSubmission(direction, slatNanos);
        } finally {
            phaser.writerCriticalSectionExit(phase);
        }
        PerIoListener listener = perIoListener;
        if (listener != null) {
            listener.onSubmission(direction, bytes, offset, prio, slatNanos, submitNanos);
        }
    }

    // Returns whether the record should be kept: false before start and after finish.
    private boolean closeDueFromIoThread(long nowNanos) {
        if (!started || finished) {
            return false;
        }
        if (!closeLock.tryLock()) {
            return true; // another thread is closing: record into whatever buffer is active
        }
        try {
            if (finished) {
                return false;
            }
            closeWindowsEndingBy(nowNanos);
            return true;
        } finally {
            closeLock.unlock();
        }
    }

    /**
     * Ticker: closes every window that ended more than {@code graceNanos} before {@code nowNanos} and that the
     * I/O thread has not closed (it had no I/O since). Never waits for the lock.
     */
    public void closeOverdue(long nowNanos, long graceNanos) {
        if (!started || finished || nowNanos - graceNanos < nextBoundaryNanos) {
            return;
        }
        if (!closeLock.tryLock()) {
            return;
        }
        try {
            if (!finished) {
                closeWindowsEndingBy(nowNanos - graceNanos);
            }
        } finally {
            closeLock.unlock();
        }
    }

    /**
     * Closes the windows due by {@code endNanos}, then the last (partial) window ending at {@code endNanos},
     * flagged final, and closes the channels. Later records are ignored. Idempotent; any thread (the job's
     * runner when the job ends, a shutdown hook on SIGTERM). Not started: only closes the channels.
     */
    public void finish(long endNanos) {
        closeLock.lock();
        try {
            if (finished) {
                return;
            }
            if (started) {
                closeWindowsEndingBy(endNanos);
                closeWindow(Math.max(endNanos, windowStartNanos), true);
            }
            finished = true;
            nextBoundaryNanos = NOT_STARTED;
            for (SampleChannel c : channels) {
                c.close();
            }
        } finally {
            closeLock.unlock();
        }
    }

    // Caller holds closeLock.
    private void closeWindowsEndingBy(long nowNanos) {
        long boundary = nextBoundaryNanos;
        while (boundary <= nowNanos) {
            closeWindow(boundary, false);
            boundary += windowNanos;
            nextBoundaryNanos = boundary;
        }
    }

    // Caller holds closeLock. Swaps buffers, waits out an in-flight record, publishes the filled buffer.
    private void closeWindow(long endNanos, boolean finalWindow) {
        WindowBuffer filled;
        phaser.readerLock();
        try {
            filled = active;
            active = spare;
            phaser.flipPhase();
        } finally {
            phaser.readerUnlock();
        }
        long start = windowStartNanos - anchorNanos;
        long end = endNanos - anchorNanos;
        IntervalSample sample = new IntervalSample(config.jobName(), config.jobIndex(), start, end, finalWindow,
                filled.toWindows(end - start, config.percentiles()));
        totals.add(filled, end);
        filled.reset();
        spare = filled;
        windowStartNanos = endNanos;
        windowsClosed++;
        bandwidthWindows.accept(sample, totals::addBandwidthWindow);
        iopsWindows.accept(sample, totals::addIopsWindow);
        for (SampleChannel c : channels) {
            c.offer(sample);
        }
    }

    /** The job's cumulative statistics over the windows closed so far (all of them after {@link #finish}). */
    public JobStats stats() {
        closeLock.lock();
        try {
            long dropped = 0;
            for (SampleChannel c : channels) {
                dropped += c.droppedCount();
            }
            return totals.snapshot(config.jobName(), config.jobIndex(), config.percentiles(), windowsClosed, dropped);
        } finally {
            closeLock.unlock();
        }
    }

    /** The channels subscribed so far. */
    public List<SampleChannel> channels() {
        return List.copyOf(channels);
    }

    @Override
    public String toString() {
        return "JobSampler[" + config.jobName() + "." + config.jobIndex() + ", " + config.windowMillis() + " ms]";
    }
}
