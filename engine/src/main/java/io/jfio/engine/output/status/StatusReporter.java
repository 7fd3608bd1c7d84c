package io.jfio.engine.output.status;

import io.jfio.engine.output.IntervalFigures;
import io.jfio.engine.output.Reports;
import io.jfio.model.job.JobSpec;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.RunResult;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * The status display of a run: every {@code --eta-interval} the live status line (overwritten in place
 * with a carriage return, or ended with a newline every {@code --eta-newline}), and every
 * {@code --status-interval} a full report in the selected formats, whose JSON form also carries each
 * job's figures since the previous report. It runs on its own daemon thread ("jfio-status") from
 * {@link #start} until {@link #close}.
 * <p>Threading: {@link #start} and {@link #close} from the thread that runs the jobs; everything else
 * happens on the status thread, which calls the {@link StatusSource}.
 */
public final class StatusReporter implements AutoCloseable {

    private static final long MAX_SLEEP_NANOS = 100_000_000L;

    private final StatusSource source;
    private final StatusSettings settings;
    private final Reports reports;
    private final PrintStream statusOut;
    private final PrintStream reportOut;
    private final StatusLine line;
    private final long startNanos;
    private final List<List<IntervalSample>> windows = new ArrayList<>();
    private long nextEtaNanos;
    private long nextNewlineNanos;
    private long nextReportNanos;
    private int lastLineLength;
    private boolean linePending;
    private Thread thread;
    private volatile boolean stopping;
    private volatile RuntimeException failure;

    StatusReporter(StatusSource source, List<JobSpec> jobs, StatusSettings settings, Reports reports,
                   PrintStream statusOut, PrintStream reportOut, long startNanos) {
        this.source = Objects.requireNonNull(source, "source");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.statusOut = Objects.requireNonNull(statusOut, "statusOut");
        this.reportOut = Objects.requireNonNull(reportOut, "reportOut");
        this.line = StatusLine.of(jobs);
        this.startNanos = startNanos;
        this.nextEtaNanos = startNanos + settings.etaIntervalNanos();
        this.nextNewlineNanos = startNanos + settings.etaNewlineNanos();
        this.nextReportNanos = startNanos + settings.statusIntervalNanos();
        for (int i = 0; i < jobs.size(); i++) {
            windows.add(new ArrayList<>());
        }
    }

    /**
     * Starts the display; with nothing to show (no status line, no periodic reports) no thread is started.
     *
     * @param source    the runner's view of the run
     * @param jobs      the run's jobs in job order
     * @param settings  what to show and how often
     * @param reports   the selected formats, for the periodic reports
     * @param statusOut where the status line goes (standard output)
     * @param reportOut where the periodic reports go (standard output, or the {@code --output} file)
     */
    public static StatusReporter start(StatusSource source, List<JobSpec> jobs, StatusSettings settings,
                                       Reports reports, PrintStream statusOut, PrintStream reportOut) {
        StatusReporter reporter = new StatusReporter(source, jobs, settings, reports, statusOut, reportOut,
                System.nanoTime());
        if (settings.active()) {
            reporter.thread = new Thread(() -> reporter.loop(System::nanoTime), "jfio-status");
            reporter.thread.setDaemon(true);
            reporter.thread.start();
        }
        return reporter;
    }

    /** The status thread's work until {@link #close}; returns early if a source method throws. */
    void loop(LongSupplier clock) {
        try {
            while (!stopping) {
                long now = clock.getAsLong();
                tick(now);
                long wake = Long.MAX_VALUE;
                if (settings.showEta()) {
                    wake = Math.min(wake, nextEtaNanos);
                }
                if (settings.statusIntervalNanos() > 0) {
                    wake = Math.min(wake, nextReportNanos);
                }
                LockSupport.parkNanos(Math.max(1, Math.min(MAX_SLEEP_NANOS, wake - now)));
            }
        } catch (RuntimeException e) {
            failure = e; // the run goes on without a status display; failure() tells
        }
    }

    /** Does whatever is due at {@code nowNanos} (a {@link System#nanoTime} reading). Status thread. */
    synchronized void tick(long nowNanos) {
        if (settings.statusIntervalNanos() > 0) {
            collectWindows();
        }
        if (settings.showEta() && nowNanos >= nextEtaNanos) {
            printStatusLine(nowNanos);
            nextEtaNanos = following(nextEtaNanos, settings.etaIntervalNanos(), nowNanos);
        }
        if (settings.statusIntervalNanos() > 0 && nowNanos >= nextReportNanos) {
            printPeriodicReport();
            nextReportNanos = following(nextReportNanos, settings.statusIntervalNanos(), nowNanos);
        }
    }

    private static long following(long due, long period, long now) {
        long next = due + period;
        return next > now ? next : now + period;
    }

    private void collectWindows() {
        for (IntervalSample window : source.drainWindows()) {
            int job = window.jobIndex() - 1;
            if (job >= 0 && job < windows.size()) {
                windows.get(job).add(window);
            }
        }
    }

    private void printStatusLine(long nowNanos) {
        String text = line.next(source.progress(), nowNanos - startNanos);
        boolean newline = settings.etaNewlineNanos() > 0 && nowNanos >= nextNewlineNanos;
        // pad over what is left of a longer previous line
        String padding = " ".repeat(Math.max(0, lastLineLength - text.length()));
        statusOut.print(text + padding + (newline ? "\n" : "\r"));
        statusOut.flush();
        lastLineLength = newline ? 0 : text.length();
        linePending = !newline;
        if (newline) {
            nextNewlineNanos = following(nextNewlineNanos, settings.etaNewlineNanos(), nowNanos);
        }
    }

    private void printPeriodicReport() {
        RunResult snapshot = source.snapshot();
        List<IntervalFigures> intervals = new ArrayList<>();
        for (List<IntervalSample> jobWindows : windows) {
            intervals.add(IntervalFigures.of(List.copyOf(jobWindows)));
            jobWindows.clear();
        }
        endStatusLine();
        reportOut.print(reports.renderPeriodic(snapshot, intervals));
        reportOut.flush();
    }

    // A report must not start on a line the status display overwrites: fio's normal report opens with
    // an empty line that ends it; anything else gets a newline first.
    private void endStatusLine() {
        if (!linePending) {
            return;
        }
        if (statusOut != reportOut || !reports.startsWithNewline()) {
            statusOut.print('\n');
            statusOut.flush();
        }
        linePending = false;
        lastLineLength = 0;
    }

    /**
     * Stops the display and leaves the terminal ready for the final report. Never throws: a failure of the
     * status thread is kept in {@link #failure}. Thread that runs the jobs.
     */
    @Override
    public void close() {
        stopping = true;
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            endStatusLine();
        }
    }

    /**
     * What stopped the status thread (a {@link StatusSource} method threw), if anything: the display stopped
     * then, the run itself went on. Worth a warning on standard error.
     */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }
}
