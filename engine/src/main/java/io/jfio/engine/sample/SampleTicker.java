package io.jfio.engine.sample;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Closes the windows of idle or stuck jobs: a daemon thread that, every tick, asks each registered
 * {@link JobSampler} to close the windows that ended more than a grace period ago. A busy job closes its
 * own windows on its I/O thread before the grace runs out, so the ticker only acts when no I/O completed
 * since a boundary (thinktime, a rate limit's sleep, a device that stopped answering) and the stall still
 * produces its window lines in time.
 * <p>
 * Threading: {@link #register}, {@link #unregister} and {@link #close} from any thread; {@link #tick} is what
 * the ticker thread runs, public so tests can drive it with a fake clock without starting the thread.
 */
public final class SampleTicker implements AutoCloseable {

    /** Default time between ticks. */
    public static final long DEFAULT_TICK_MILLIS = 10;
    /** Default grace after a boundary before the ticker closes a window itself. */
    public static final long DEFAULT_GRACE_MILLIS = 20;

    private final NanoClock clock;
    private final long tickNanos;
    private final long graceNanos;
    private final List<JobSampler> samplers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running;

    /** A ticker on the system clock with the default tick and grace; call {@link #start}. */
    public SampleTicker() {
        this(NanoClock.SYSTEM, DEFAULT_TICK_MILLIS, DEFAULT_GRACE_MILLIS);
    }

    /**
     * @param clock       the clock the samplers' records use
     * @param tickMillis  time between ticks
     * @param graceMillis how long after a boundary the I/O thread has to close a window itself
     */
    public SampleTicker(NanoClock clock, long tickMillis, long graceMillis) {
        if (tickMillis <= 0 || graceMillis < 0) {
            throw new IllegalArgumentException("tick must be positive and grace non-negative");
        }
        this.clock = clock;
        this.tickNanos = TimeUnit.MILLISECONDS.toNanos(tickMillis);
        this.graceNanos = TimeUnit.MILLISECONDS.toNanos(graceMillis);
        this.thread = new Thread(this::run, "jfio-sample-ticker");
        this.thread.setDaemon(true);
    }

    /** Starts the ticker thread. */
    public void start() {
        running = true;
        thread.start();
    }

    /** Watches {@code sampler} until it finishes or is unregistered. */
    public void register(JobSampler sampler) {
        samplers.add(sampler);
    }

    /** Stops watching {@code sampler}. */
    public void unregister(JobSampler sampler) {
        samplers.remove(sampler);
    }

    /** Number of samplers watched. */
    public int size() {
        return samplers.size();
    }

    /** One pass: closes overdue windows of every sampler, forgets finished ones. */
    public void tick() {
        long now = clock.nanoTime();
        for (JobSampler s : samplers) {
            if (s.isFinished()) {
                samplers.remove(s);
            } else {
                s.closeOverdue(now, graceNanos);
            }
        }
    }

    private void run() {
        while (running) {
            LockSupport.parkNanos(tickNanos);
            tick();
        }
    }

    /** Stops the ticker thread and waits for it. */
    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        if (thread.isAlive() && Thread.currentThread() != thread) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
