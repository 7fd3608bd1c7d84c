package io.jfio.engine.sample;

import io.jfio.engine.stats.JobCounters;
import io.jfio.engine.stats.JobTotals;
import io.jfio.engine.stats.WindowBuffer;
import io.jfio.model.result.Direction;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.JobStats;

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
 *   <li><b>Recording</b>, on the job's I/O thread (one at a time): {@link #recordCompletion} and
 *   {@link #recordSubmission}. They never allocate, and never block except in a
 *   {@link PerIoListener} that waits for its log writer. A record goes into the active
 *   {@link WindowBuffer}, bracketed by a {@link RecordingPhaser} (one fenced store).</li>
 *   <li><b>Closing</b> a window swaps in an empty buffer from a small pool and queues the filled one; it is
 *   cheap and never waits. Whoever holds the close lock when a boundary has passed closes: normally the I/O
 *   thread itself, on the first record stamped at or after the boundary (so attribution by completion time
 *   is exact); for an idle or stuck job, the {@link SampleTicker} via {@link #closeOverdue} once the
 *   boundary is a grace period old; at the end, {@link #finish}. The swap waits out a record in flight
 *   into the old buffer, so each I/O lands in exactly one window: never lost, never counted twice. The I/O
 *   thread only ever {@code tryLock}s: if another thread is closing, it records into whichever buffer is
 *   active (an I/O racing the ticker at a boundary may thus land one window late, still counted once).</li>
 *   <li><b>Publishing</b> a closed window (percentiles, totals, channels) is the expensive part and happens
 *   off the I/O thread, in {@link #processClosedWindows}: the ticker calls it every tick, {@link #finish}
 *   and {@link #stats} call it too. Only if nobody publishes and the pool runs dry does the I/O thread
 *   publish itself rather than lose a window; if even that is impossible (another thread is publishing),
 *   the window stays open and is closed later as one longer window, its rates over its real length.</li>
 *   <li><b>Any thread</b>: {@link #stats}, {@link #counters}, {@link #finish}, {@link #processClosedWindows},
 *   {@link #latestCumulative} (lock-free).</li>
 *   <li>{@link #subscribe}, {@link #setPerIoListener}, {@link #keepCumulativeSnapshots} and
 *   {@link #keepWindowHistograms} before {@link #start},
 *   from the thread that sets the job up.</li>
 * </ul>
 */
public final class JobSampler {

    /** Window buffers per job: one active, the rest closed and waiting to be published, or free. */
    static final int BUFFER_POOL = 4;

    private static final long NOT_RUNNING = Long.MIN_VALUE;

    private final SamplerConfig config;
    private final long windowNanos;
    private final RecordingPhaser phaser = new RecordingPhaser();
    private final ReentrantLock closeLock = new ReentrantLock();
    private final ReentrantLock publishLock = new ReentrantLock();
    private final BufferQueue closed = new BufferQueue(BUFFER_POOL);
    private final BufferQueue free = new BufferQueue(BUFFER_POOL);
    private final List<SampleChannel> channels = new CopyOnWriteArrayList<>();
    private final JobCounters counters = new JobCounters();
    private volatile WindowBuffer active;
    // a clock reading; NOT_RUNNING before start and after finish, so that one compare guards every record
    private volatile long nextBoundaryNanos = NOT_RUNNING;
    private volatile boolean started;
    private volatile boolean finished;
    private volatile PerIoListener perIoListener;
    // guarded by closeLock
    private long windowStartNanos;
    private boolean behind;
    // written once in start() under both locks
    private long anchorNanos;
    // guarded by publishLock
    private final JobTotals totals;
    private final WindowAggregator bandwidthWindows;
    private final WindowAggregator iopsWindows;
    private long windowsPublished;
    private long lastCumulativeEndNanos;
    // off (negative) unless a consumer asks for cumulative snapshots before start
    private volatile long cumulativeEveryNanos = -1;
    private volatile JobStats latestCumulative;
    // off unless a consumer asks before start: the CLI's windows carry no histograms
    private volatile boolean windowHistograms;

    public JobSampler(SamplerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.windowNanos = config.windowMillis() * 1_000_000L;
        this.active = newBuffer();
        for (int i = 1; i < BUFFER_POOL; i++) {
            free.offer(newBuffer());
        }
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

    /**
     * Asks for a snapshot of the job's cumulative statistics, histograms included, after the windows
     * published at least {@code everyMillis} of job time after the previous snapshot, and after the last
     * window: a live view reads the newest with {@link #latestCumulative} to draw the distribution so far.
     * Taken by whichever thread publishes (normally the ticker), never per I/O. Call before {@link #start}.
     */
    public void keepCumulativeSnapshots(long everyMillis) {
        if (everyMillis < 0) {
            throw new IllegalArgumentException("snapshot period must not be negative, got " + everyMillis + " ms");
        }
        this.cumulativeEveryNanos = everyMillis * 1_000_000L;
    }

    /**
     * The newest cumulative snapshot (see {@link #keepCumulativeSnapshots}), or {@code null} before the
     * first. Any thread; never waits.
     */
    public JobStats latestCumulative() {
        return latestCumulative;
    }

    /**
     * Asks for every published window's slat, clat and lat summaries to keep their histograms
     * ({@link io.jfio.model.result.LatencySummary#histogram()}), so that a consumer can merge the same window
     * of several jobs into exact percentiles (a live view's "all jobs"). The histograms are read out of the
     * window's buffers by whichever thread publishes (normally the ticker), never on the I/O path, which
     * records exactly as before. Call before {@link #start}.
     */
    public void keepWindowHistograms() {
        this.windowHistograms = true;
    }

    /** True if published windows keep their latency histograms (see {@link #keepWindowHistograms}). */
    public boolean keepsWindowHistograms() {
        return windowHistograms;
    }

    /** Sets the receiver of every recorded I/O (per-I/O logs). Call before {@link #start}. */
    public void setPerIoListener(PerIoListener listener) {
        this.perIoListener = listener;
    }

    /** Anchors window 0 at {@code anchorNanos} (a {@link NanoClock} reading): the job's start after ramp_time. */
    public void start(long anchorNanos) {
        closeLock.lock();
        publishLock.lock();
        try {
            if (started || finished) {
                throw new IllegalStateException("job " + config.jobName() + " sampler already started");
            }
            this.anchorNanos = anchorNanos;
            this.windowStartNanos = anchorNanos;
            this.started = true;
            this.nextBoundaryNanos = anchorNanos + windowNanos;
        } finally {
            publishLock.unlock();
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

    /** The job's running counters (every recorded completion, ramp_time included). */
    public JobCounters counters() {
        return counters;
    }

    /**
     * I/O thread: one completed I/O. Counted in {@link #counters} always; sampled only between
     * {@link #start} and {@link #finish}.
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
        counters.add(direction, bytes);
        if (completionNanos >= nextBoundaryNanos && !closeDueFromIoThread(completionNanos)) {
            return;
        }
        phaser.enter();
        active.recordCompletion(direction, bytes, clatNanos, latNanos);
        phaser.exit();
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
        phaser.enter();
        active.recordSubmission(direction, slatNanos);
        phaser.exit();
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
            closeWindowsEndingBy(nowNanos, false);
            return true;
        } finally {
            closeLock.unlock();
        }
    }

    /**
     * Ticker: closes every window that ended more than {@code graceNanos} before {@code nowNanos} and that the
     * I/O thread has not closed (it had no I/O since), then publishes closed windows. Never waits for the
     * close lock.
     */
    public void closeOverdue(long nowNanos, long graceNanos) {
        if (started && !finished && nowNanos - graceNanos >= nextBoundaryNanos && closeLock.tryLock()) {
            try {
                if (!finished) {
                    closeWindowsEndingBy(nowNanos - graceNanos, true);
                }
            } finally {
                closeLock.unlock();
            }
        }
        processClosedWindows();
    }

    /**
     * Closes the windows due by {@code endNanos}, then the last (partial) window ending at {@code endNanos},
     * flagged final; publishes everything and closes the channels. Later records are ignored. Idempotent;
     * any thread (the job's runner when the job ends, a shutdown hook on SIGTERM). Not started: only closes
     * the channels.
     */
    public void finish(long endNanos) {
        closeLock.lock();
        try {
            if (finished) {
                return;
            }
            if (started) {
                closeWindowsEndingBy(endNanos, true);
                while (!closeWindow(Math.max(endNanos, windowStartNanos), true, true)) {
                    processClosedWindows(); // frees a buffer
                }
            }
            finished = true;
            nextBoundaryNanos = NOT_RUNNING;
        } finally {
            closeLock.unlock();
        }
        publishLock.lock();
        try {
            publishQueued();
            for (SampleChannel c : channels) {
                c.close();
            }
        } finally {
            publishLock.unlock();
        }
    }

    // Caller holds closeLock.
    private void closeWindowsEndingBy(long nowNanos, boolean mayWait) {
        long boundary = nextBoundaryNanos;
        if (boundary > nowNanos) {
            return;
        }
        if (behind) {
            // an earlier swap found no free buffer: close the overlong window at the latest boundary
            boundary += (nowNanos - boundary) / windowNanos * windowNanos;
        }
        while (boundary <= nowNanos) {
            if (!closeWindow(boundary, false, mayWait)) {
                behind = true;
                return;
            }
            behind = false;
            boundary += windowNanos;
            nextBoundaryNanos = boundary;
        }
    }

    // Caller holds closeLock. Swaps in a free buffer and queues the filled one; false if no buffer is free.
    private boolean closeWindow(long endNanos, boolean finalWindow, boolean mayWait) {
        WindowBuffer fresh = free.poll();
        if (fresh == null) {
            fresh = freeBufferByPublishing(mayWait);
            if (fresh == null) {
                return false;
            }
        }
        WindowBuffer filled = active;
        active = fresh;
        phaser.awaitWriterOutside();
        filled.setBounds(windowStartNanos, endNanos, finalWindow);
        closed.offer(filled); // never full: the pool holds BUFFER_POOL buffers in all
        windowStartNanos = endNanos;
        return true;
    }

    private WindowBuffer freeBufferByPublishing(boolean mayWait) {
        if (mayWait) {
            publishLock.lock();
        } else if (!publishLock.tryLock()) {
            return null;
        }
        try {
            publishQueued();
        } finally {
            publishLock.unlock();
        }
        return free.poll();
    }

    /**
     * Publishes the windows closed so far: computes their records, adds them to the totals, offers them to
     * the channels, and returns their buffers to the pool. Any thread; waits for another publisher.
     */
    public void processClosedWindows() {
        publishLock.lock();
        try {
            publishQueued();
        } finally {
            publishLock.unlock();
        }
    }

    // Caller holds publishLock.
    private void publishQueued() {
        long lastEnd = -1;
        boolean last = false;
        for (WindowBuffer b = closed.poll(); b != null; b = closed.poll()) {
            long start = b.startNanos() - anchorNanos;
            long end = b.endNanos() - anchorNanos;
            IntervalSample sample = new IntervalSample(config.jobName(), config.jobIndex(), start, end,
                    b.finalWindow(), b.toWindows(end - start, config.percentiles(), windowHistograms));
            totals.add(b, end);
            b.reset();
            free.offer(b);
            windowsPublished++;
            bandwidthWindows.accept(sample, totals::addBandwidthWindow);
            iopsWindows.accept(sample, totals::addIopsWindow);
            for (SampleChannel c : channels) {
                c.offer(sample);
            }
            lastEnd = end;
            last |= sample.finalWindow();
        }
        long every = cumulativeEveryNanos;
        if (every >= 0 && lastEnd >= 0 && (last || lastEnd - lastCumulativeEndNanos >= every)) {
            lastCumulativeEndNanos = lastEnd;
            latestCumulative = snapshot();
        }
    }

    // Caller holds publishLock.
    private JobStats snapshot() {
        long dropped = 0;
        for (SampleChannel c : channels) {
            dropped += c.droppedCount();
        }
        return totals.snapshot(config.jobName(), config.jobIndex(), config.percentiles(), windowsPublished, dropped);
    }

    /**
     * The job's cumulative statistics over the windows closed so far (all of them after {@link #finish}).
     * Publishes pending windows first.
     */
    public JobStats stats() {
        publishLock.lock();
        try {
            publishQueued();
            return snapshot();
        } finally {
            publishLock.unlock();
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
