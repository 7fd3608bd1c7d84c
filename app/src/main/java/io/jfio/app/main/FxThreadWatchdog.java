package io.jfio.app.main;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX thread is kept from its work: a background thread posts a
 * {@link Platform#runLater} ping every {@code pingMillis} stamped with its posting time, and the largest
 * wait from posting to running is the longest the FX thread was busy (or blocked) with something else.
 * An {@link AnimationTimer} records the largest gap between consecutive pulses as a second view (pulses
 * run at up to 60 Hz, so a gap of 17 ms is normal; a headless toolkit paces them less evenly than a
 * screen does). {@link #start} and {@link #stop} on the JavaFX thread; the figures from any thread.
 */
public final class FxThreadWatchdog {

    private final long pingMillis;
    private final boolean watchPulses;
    private final AtomicLong maxPingDelayNanos = new AtomicLong();
    private final AtomicLong pings = new AtomicLong();
    private final AtomicLong pingsOver50Millis = new AtomicLong();
    private final AtomicLong maxBusyNanos = new AtomicLong();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean measuresCpu = threads.isThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
    private volatile long fxThreadId = -1;
    private volatile long worstPingAtNanos;
    private volatile long busiestPingAtNanos;
    private volatile long startNanos;
    // Set by stop(): a ping still queued then counts only its wait (and FX-thread CPU) up to the stop.
    private volatile long stopNanos = Long.MAX_VALUE;
    private volatile long stopCpuNanos = Long.MAX_VALUE;
    private final AtomicLong maxPulseGapNanos = new AtomicLong();
    private final AtomicLong pulses = new AtomicLong();
    /** The stalls over 50 ms, in order; guarded by itself. Pings of one stall (queued behind it) merge. */
    private final java.util.List<Stall> stalls = new java.util.ArrayList<>();
    private ScheduledExecutorService pinger;
    private AnimationTimer pulseTimer;

    private static final long STALL_NANOS = 50_000_000L;
    /** Stalls the summary names. */
    private static final int STALLS_NAMED = 6;

    /**
     * One time the FX thread kept pings waiting over 50 ms: when the first of them was posted, in seconds after
     * {@link #start}, and the longest wait among them.
     */
    public record Stall(double atSeconds, double waitMillis) {
    }

    /** Pings every {@code pingMillis} and watches pulses. */
    public FxThreadWatchdog(long pingMillis) {
        this(pingMillis, true);
    }

    /**
     * @param pingMillis  how often to ping the FX thread (10 ms resolves a 50 ms stall well)
     * @param watchPulses whether to watch pulse gaps too: an {@code AnimationTimer} keeps the toolkit pulsing
     *                    at 60 Hz even when nothing changes, so a benchmark of the application's own cost
     *                    leaves it off
     */
    public FxThreadWatchdog(long pingMillis, boolean watchPulses) {
        if (pingMillis < 1) {
            throw new IllegalArgumentException("pingMillis must be at least 1: " + pingMillis);
        }
        this.pingMillis = pingMillis;
        this.watchPulses = watchPulses;
    }

    /** Starts pinging and watching pulses. JavaFX thread. */
    public void start() {
        if (pinger != null) {
            return;
        }
        synchronized (stalls) {
            stalls.clear();
        }
        stopNanos = Long.MAX_VALUE;
        stopCpuNanos = Long.MAX_VALUE;
        pinger = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "jfio-fx-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        startNanos = System.nanoTime();
        fxThreadId = Thread.currentThread().getId();
        pinger.scheduleAtFixedRate(() -> {
            long postedNanos = System.nanoTime();
            long postedCpuNanos = measuresCpu ? threads.getThreadCpuTime(fxThreadId) : -1;
            Platform.runLater(() -> {
                long delayNanos = Math.min(System.nanoTime(), stopNanos) - postedNanos;
                if (delayNanos < 0) {
                    return; // posted as the watch stopped
                }
                if (postedCpuNanos >= 0) {
                    long busyNanos = Math.min(threads.getCurrentThreadCpuTime(), stopCpuNanos) - postedCpuNanos;
                    if (busyNanos > maxBusyNanos.get()) {
                        busiestPingAtNanos = postedNanos;
                    }
                    maxBusyNanos.accumulateAndGet(busyNanos, Math::max);
                }
                if (delayNanos > maxPingDelayNanos.get()) {
                    worstPingAtNanos = postedNanos;
                }
                maxPingDelayNanos.accumulateAndGet(delayNanos, Math::max);
                if (delayNanos > STALL_NANOS) {
                    pingsOver50Millis.incrementAndGet();
                    noteStall(postedNanos, delayNanos);
                }
                pings.incrementAndGet();
            });
        }, 0, pingMillis, TimeUnit.MILLISECONDS);
        if (!watchPulses) {
            return;
        }
        pulseTimer = new AnimationTimer() {
            private long lastNanos = -1;

            @Override
            public void handle(long nowNanos) {
                if (lastNanos >= 0) {
                    maxPulseGapNanos.accumulateAndGet(nowNanos - lastNanos, Math::max);
                }
                lastNanos = nowNanos;
                pulses.incrementAndGet();
            }
        };
        pulseTimer.start();
    }

    /**
     * Stops pinging. Pings already posted still count when they run, but only for their wait up to now: the
     * watch covers the span from {@link #start} to here (a run, say), not the work the FX thread goes on to
     * do after it (building the results). JavaFX thread.
     */
    public void stop() {
        if (pinger == null) {
            return;
        }
        stopNanos = System.nanoTime();
        if (measuresCpu) {
            stopCpuNanos = threads.getCurrentThreadCpuTime();
        }
        pinger.shutdownNow();
        if (pulseTimer != null) {
            pulseTimer.stop();
        }
        pinger = null;
        pulseTimer = null;
    }

    /** The longest a ping waited for the FX thread, in milliseconds. Any thread. */
    public double maxPingDelayMillis() {
        return maxPingDelayNanos.get() / 1e6;
    }

    /** Pings the FX thread has run. Any thread. */
    public long pingCount() {
        return pings.get();
    }

    /**
     * The most CPU time the FX thread itself spent while one ping waited, in milliseconds: the work jfio's
     * code and the toolkit did on the FX thread, without the time the operating system gave other threads
     * or the FX thread spent waiting for the render thread. -1 without per-thread CPU clocks. Any thread.
     */
    public double maxBusyMillis() {
        return threads.isThreadCpuTimeSupported() ? maxBusyNanos.get() / 1e6 : -1;
    }

    /** Pings that waited more than 50 ms. Any thread. */
    public long pingsOver50Millis() {
        return pingsOver50Millis.get();
    }

    /** When the longest-waiting ping was posted, in seconds after {@link #start}. Any thread. */
    public double worstPingAtSeconds() {
        return (worstPingAtNanos - startNanos) / 1e9;
    }

    /** The stalls over 50 ms so far, in the order they happened. Any thread. */
    public java.util.List<Stall> stalls() {
        synchronized (stalls) {
            return java.util.List.copyOf(stalls);
        }
    }

    // A ping posted while the previous stall was still on waited behind the same work: one stall, not two.
    private void noteStall(long postedNanos, long delayNanos) {
        double atSeconds = (postedNanos - startNanos) / 1e9;
        double waitMillis = delayNanos / 1e6;
        synchronized (stalls) {
            Stall last = stalls.isEmpty() ? null : stalls.get(stalls.size() - 1);
            if (last != null && atSeconds <= last.atSeconds() + last.waitMillis() / 1e3) {
                stalls.set(stalls.size() - 1, new Stall(last.atSeconds(), Math.max(last.waitMillis(), waitMillis)));
            } else {
                stalls.add(new Stall(atSeconds, waitMillis));
            }
        }
    }

    /** The longest gap between two consecutive pulses, in milliseconds. Any thread. */
    public double maxPulseGapMillis() {
        return maxPulseGapNanos.get() / 1e6;
    }

    /** Pulses seen. Any thread. */
    public long pulseCount() {
        return pulses.get();
    }

    /** One line for logs and benchmark output. Any thread. */
    public String summary() {
        return String.format(Locale.ROOT, "FX thread: longest ping wait %.1f ms (at %.2f s) over %d pings every"
                + " %d ms, %d waited over 50 ms; most FX-thread CPU during one wait %.1f ms (at %.2f s);"
                + " longest pulse gap %.1f ms over %d pulses", maxPingDelayMillis(), worstPingAtSeconds(), pingCount(),
                pingMillis, pingsOver50Millis(), maxBusyMillis(), (busiestPingAtNanos - startNanos) / 1e9,
                maxPulseGapMillis(), pulseCount()).replace("; longest pulse gap 0.0 ms over 0 pulses", "")
                + stallsNamed();
    }

    private String stallsNamed() {
        java.util.List<Stall> all = stalls();
        if (all.isEmpty()) {
            return "";
        }
        StringBuilder line = new StringBuilder("; stalls over 50 ms: ");
        for (int i = 0; i < Math.min(all.size(), STALLS_NAMED); i++) {
            Stall stall = all.get(i);
            line.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f ms at %.2f s", stall.waitMillis(),
                    stall.atSeconds()));
        }
        if (all.size() > STALLS_NAMED) {
            line.append(" and ").append(all.size() - STALLS_NAMED).append(" more");
        }
        return line.toString();
    }
}
