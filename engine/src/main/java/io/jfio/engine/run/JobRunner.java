package io.jfio.engine.run;

import io.jfio.engine.ioengine.Capability;
import io.jfio.engine.ioengine.EngineInfo;
import io.jfio.engine.ioengine.IoEngines;
import io.jfio.engine.output.log.FioLogWriter;
import io.jfio.engine.output.log.LogShutdown;
import io.jfio.engine.output.status.JobProgress;
import io.jfio.engine.output.status.StatusSource;
import io.jfio.engine.sample.JobSampler;
import io.jfio.engine.sample.NanoClock;
import io.jfio.engine.sample.SampleChannel;
import io.jfio.engine.sample.SamplePeriods;
import io.jfio.engine.sample.SampleTicker;
import io.jfio.engine.sample.SamplerConfig;
import io.jfio.engine.workload.DataDirection;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.DiskUtil;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.JobStats;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.RunResult;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the jobs of a job file: one worker thread per job; jobs between two stonewalls run together and
 * the next stonewalled group starts when they have all ended; wait_for holds a job until its waitee ends;
 * exitall stops the jobs exit_what names when one ends. Around the jobs: one sampler per job, the sample
 * ticker, the fio-format log writer, /proc/diskstats before and after, and a shutdown hook so that
 * Ctrl-C or SIGTERM stops the workers, completes the logs and still lets the caller print what was
 * measured ({@link RunResult#stoppedBySignal()}).
 *
 * <p>Use: {@code try (JobRunner r = new JobRunner(jobs, options)) { RunResult res = r.run(); print(res); }}:
 * a signal waits for {@link #close} (the report printed) before the JVM exits. {@link #run} blocks the
 * calling thread; {@link #stop} and the {@link StatusSource} methods may be called from any thread while
 * it runs (a status display reads {@link #progress}, {@link #snapshot} and {@link #drainWindows}).
 */
public final class JobRunner implements StatusSource, AutoCloseable {

    /** Windows a job's status channel holds between two drains (a drain comes every 100 ms or so). */
    private static final int STATUS_CHANNEL_WINDOWS = 4096;


    /** How often {@link RunListener#progress} is called while jobs run. */
    public static final long PROGRESS_MILLIS = 250;
    private static final long SIGNAL_WAIT_MILLIS = 10_000;

    private final List<JobSettings> jobs;
    private final RunOptions options;
    // set once by run(), before any job starts; read by the status and signal threads
    private volatile List<JobExecution> executions = List.of();
    private volatile List<SampleChannel> statusChannels = List.of();
    private volatile long startEpochMillis;
    private final CountDownLatch reported = new CountDownLatch(1);
    private final Object stopLock = new Object();
    private volatile boolean signalled;
    private volatile boolean stopAll;
    private final AtomicBoolean logsFinished = new AtomicBoolean();
    private FioLogWriter logWriter;
    private Thread hook;

    /**
     * How a run is set up. Immutable; any thread.
     *
     * @param progress      where layout lines and notes go (stderr)
     * @param listener      the run's watcher
     * @param bandwidthLog  the command line's --bandwidth-log
     * @param globalOptions the [global] options, for the report
     * @param logDirectory  where relative log prefixes go (the working directory)
     * @param handleSignals install the Ctrl-C/SIGTERM hook (off for tests and the GUI)
     * @param statusWindows keep every job's closed sample windows for {@link #drainWindows} (a periodic
     *                      report's interval figures); someone must then drain them regularly
     */
    public record RunOptions(PrintStream progress, RunListener listener, boolean bandwidthLog,
                             Map<String, String> globalOptions, Path logDirectory, boolean handleSignals,
                             boolean statusWindows) {
        public RunOptions {
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(listener, "listener");
            globalOptions = Map.copyOf(globalOptions);
            Objects.requireNonNull(logDirectory, "logDirectory");
        }

        /** stderr, no listener, no --bandwidth-log, no globals, signals handled, no status windows. */
        public static RunOptions defaults() {
            return new RunOptions(System.err, RunListener.NONE, false, Map.of(), Path.of(""), true, false);
        }

        public RunOptions withListener(RunListener value) {
            return new RunOptions(progress, value, bandwidthLog, globalOptions, logDirectory, handleSignals,
                    statusWindows);
        }

        public RunOptions withSignals(boolean value) {
            return new RunOptions(progress, listener, bandwidthLog, globalOptions, logDirectory, value,
                    statusWindows);
        }

        public RunOptions withBandwidthLog(boolean value) {
            return new RunOptions(progress, listener, value, globalOptions, logDirectory, handleSignals,
                    statusWindows);
        }

        public RunOptions withGlobalOptions(Map<String, String> value) {
            return new RunOptions(progress, listener, bandwidthLog, value, logDirectory, handleSignals,
                    statusWindows);
        }

        public RunOptions withProgress(PrintStream value) {
            return new RunOptions(value, listener, bandwidthLog, globalOptions, logDirectory, handleSignals,
                    statusWindows);
        }

        public RunOptions withStatusWindows(boolean value) {
            return new RunOptions(progress, listener, bandwidthLog, globalOptions, logDirectory, handleSignals,
                    value);
        }
    }

    public JobRunner(List<JobSettings> jobs, RunOptions options) {
        this.jobs = List.copyOf(jobs);
        this.options = options;
    }

    /**
     * Runs every job and returns what was measured, also when a signal or {@link #stop} ended the run
     * early or jobs failed (see {@link JobResult#error()}).
     *
     * @throws JobSetupException when the run cannot start (a wait_for naming no earlier job, a log file
     *                           that cannot be created)
     */
    public RunResult run() {
        startEpochMillis = System.currentTimeMillis();
        long startNanos = System.nanoTime();
        Map<String, List<JobExecution>> byName = new HashMap<>();
        List<JobExecution> prepared = new ArrayList<>();
        List<SampleChannel> channels = new ArrayList<>();
        for (JobSettings s : jobs) {
            JobSampler sampler = new JobSampler(samplerConfig(s));
            if (options.statusWindows()) {
                channels.add(sampler.subscribe("status", STATUS_CHANNEL_WINDOWS));
            }
            options.listener().jobPrepared(s, sampler);
            JobExecution e = new JobExecution(s, sampler, options.listener());
            prepared.add(e);
            byName.computeIfAbsent(s.jobName(), k -> new ArrayList<>()).add(e);
        }
        statusChannels = List.copyOf(channels);
        executions = List.copyOf(prepared);
        Map<JobExecution, List<JobExecution>> waitees = new HashMap<>();
        for (JobExecution e : executions) {
            waitees.put(e, waitees(e, byName));
        }
        List<String> devices = DiskStats.devicesUnder(jobs.stream()
                .filter(s -> !IoEngines.require(s.engineName()).has(Capability.DISKLESS))
                .flatMap(s -> s.files().stream()).toList());
        startLogs(startNanos);
        SampleTicker ticker = new SampleTicker();
        executions.forEach(e -> ticker.register(e.sampler()));
        ticker.start();
        if (options.handleSignals()) {
            hook = new Thread(this::onSignal, "jfio-signal");
            Runtime.getRuntime().addShutdownHook(hook);
        }
        DiskStats before = DiskStats.snapshot();
        try {
            TargetPlanner planner = TargetPlanner.system();
            FileLayout layout = new FileLayout(options.progress());
            for (List<JobExecution> group : executionGroups()) {
                runGroup(group, waitees, planner, layout);
            }
        } finally {
            ticker.close();
            finishLogs();
        }
        long wallMillis = (System.nanoTime() - startNanos) / 1_000_000L;
        List<DiskUtil> disks = jobs.stream().anyMatch(JobSettings::diskUtil)
                ? DiskStats.snapshot().since(before, devices, wallMillis) : List.of();
        List<JobResult> results = new ArrayList<>();
        for (JobExecution e : executions) {
            results.add(result(e, 0));
        }
        return new RunResult(results, disks, startEpochMillis, options.globalOptions(), signalled);
    }

    /** Stops every job as a signal would, without marking the run as signalled. Any thread. */
    public void stop() {
        synchronized (stopLock) {
            stopAll = true;
            executions.forEach(JobExecution::requestStop);
        }
    }

    /** The jobs' progress now, in run order (empty before {@link #run} prepared them). Any thread. */
    @Override
    public List<JobProgress> progress() {
        long now = System.nanoTime();
        return executions.stream().map(e -> e.progress(now)).toList();
    }

    /**
     * What was measured so far, as the final report would show it if the run ended now: the statistics
     * of the windows closed so far, runtimes up to now; CPU use and sync latency only for jobs that have
     * ended; a running job's I/O depth and issue counts as its worker counted them a moment ago. No disk
     * utilisation. Any thread.
     */
    @Override
    public RunResult snapshot() {
        long now = System.nanoTime();
        List<JobResult> results = new ArrayList<>();
        for (JobExecution e : executions) {
            results.add(result(e, now));
        }
        return new RunResult(results, List.of(), startEpochMillis, options.globalOptions(), false);
    }

    /**
     * The sample windows every job closed since the previous call, when {@link RunOptions#statusWindows}
     * is set (else none). One thread at a time.
     */
    @Override
    public List<IntervalSample> drainWindows() {
        List<IntervalSample> windows = new ArrayList<>();
        for (SampleChannel channel : statusChannels) {
            channel.drain(windows::add, Integer.MAX_VALUE);
        }
        return windows;
    }

    /** The run is reported: a pending signal may let the JVM exit; removes the signal hook. Idempotent. */
    @Override
    public void close() {
        reported.countDown();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down because of a signal: the hook is running and now ends
            }
            hook = null;
        }
    }

    private SamplerConfig samplerConfig(JobSettings s) {
        EngineInfo engine = IoEngines.require(s.engineName());
        boolean queues = engine.name().equals("null") ? s.depth().iodepth() > 1
                : !engine.has(Capability.SYNCHRONOUS) && !engine.has(Capability.SYNC_IO);
        Set<Direction> directions = EnumSet.noneOf(Direction.class);
        for (DataDirection d : DataDirection.values()) {
            if (s.workload().issues(d)) {
                directions.add(Direction.values()[d.index()]);
            }
        }
        long bw = Math.max(1, s.bwAvgMillis());
        long iops = Math.max(1, s.iopsAvgMillis());
        long[] periods = s.logs().windowPeriodsMillis();
        long[] all = new long[periods.length + 2];
        all[0] = bw;
        all[1] = iops;
        System.arraycopy(periods, 0, all, 2, periods.length);
        return new SamplerConfig(s.jobName(), s.jobIndex(), SamplePeriods.baseWindowMillis(all), directions, queues,
                s.percentiles(), bw, iops, s.logs().histLogPrefix() != null);
    }

    private void startLogs(long startNanos) {
        logWriter = new FioLogWriter();
        try {
            if (options.bandwidthLog()) {
                logWriter.enableBandwidthLog(options.logDirectory(), Math.max(1, jobs.get(0).bwAvgMillis()), startNanos);
            }
            for (JobExecution e : executions) {
                logWriter.register(e.sampler(), e.settings().logs());
            }
        } catch (IOException e) {
            throw new JobSetupException("cannot create log file: " + e.getMessage());
        }
        logWriter.start();
    }

    private void finishLogs() {
        if (!logsFinished.compareAndSet(false, true)) {
            return;
        }
        try {
            LogShutdown.finishAndClose(executions.stream().map(JobExecution::sampler).toList(), logWriter,
                    NanoClock.SYSTEM);
        } catch (IOException e) {
            options.progress().println("jfio: logs: " + e.getMessage());
        }
        long dropped = logWriter.droppedRecords() + logWriter.droppedWindows();
        if (dropped > 0) {
            options.progress().println("jfio: the log writer fell behind and dropped " + dropped
                    + " log entries (the logs are incomplete)");
        }
    }

    /** Jobs split where a stonewall begins a new group. */
    private List<List<JobExecution>> executionGroups() {
        List<List<JobExecution>> groups = new ArrayList<>();
        List<JobExecution> current = new ArrayList<>();
        for (JobExecution e : executions) {
            if (e.settings().stonewall() && !current.isEmpty()) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(e);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private void runGroup(List<JobExecution> group, Map<JobExecution, List<JobExecution>> waitees,
                          TargetPlanner planner, FileLayout layout) {
        if (stopAll) {
            group.forEach(JobExecution::skipped);
            return;
        }
        List<Thread> threads = new ArrayList<>();
        for (JobExecution e : group) {
            Thread t = new Thread(new Worker(e, waitees.get(e), planner, layout),
                    "jfio-" + e.settings().jobName() + "." + e.settings().jobNumber());
            t.setDaemon(true);
            threads.add(t);
        }
        synchronized (stopLock) {
            if (stopAll) {
                group.forEach(JobExecution::requestStop);
            }
            threads.forEach(Thread::start);
        }
        List<JobExecution> handled = new ArrayList<>();
        while (true) {
            boolean allEnded = true;
            for (JobExecution e : group) {
                if (!e.hasEnded()) {
                    allEnded = false;
                } else if (e.settings().exitAll() && !handled.contains(e)) {
                    handled.add(e);
                    exitAll(e, group);
                }
            }
            if (allEnded) {
                break;
            }
            try {
                firstRunning(group).awaitEnd(PROGRESS_MILLIS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                stop();
            }
            options.listener().progress(progress());
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static JobExecution firstRunning(List<JobExecution> group) {
        for (JobExecution e : group) {
            if (!e.hasEnded()) {
                return e;
            }
        }
        return group.get(0);
    }

    private List<JobExecution> waitees(JobExecution e, Map<String, List<JobExecution>> byName) {
        String name = e.settings().waitFor();
        if (name == null) {
            return List.of();
        }
        List<JobExecution> found = byName.getOrDefault(name, List.of()).stream()
                .filter(w -> w.settings().jobIndex() < e.settings().jobIndex()).toList();
        if (found.isEmpty()) {
            throw new JobSetupException("job '" + e.settings().jobName() + "': wait_for=" + name
                    + " names no job defined before it");
        }
        return found;
    }

    private void exitAll(JobExecution ended, List<JobExecution> group) {
        synchronized (stopLock) {
            switch (ended.settings().exitWhat()) {
                case GROUP -> group.stream().filter(e -> e.settings().groupId() == ended.settings().groupId())
                        .forEach(JobExecution::requestStop);
                case STONEWALL -> group.forEach(JobExecution::requestStop);
                case ALL -> {
                    stopAll = true;
                    group.forEach(JobExecution::requestStop);
                }
            }
        }
    }

    private void onSignal() {
        signalled = true;
        synchronized (stopLock) {
            stopAll = true;
            executions.forEach(JobExecution::kill);
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SIGNAL_WAIT_MILLIS);
        for (JobExecution e : executions) {
            try {
                e.awaitEnd(Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
            } catch (InterruptedException ex) {
                break;
            }
        }
        if (logWriter != null) {
            finishLogs(); // idempotent: the run's own path may do it too
        }
        try {
            reported.await(SIGNAL_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** The job's result; {@code nowNanos} ends a job still running (0: the run is over). */
    private static JobResult result(JobExecution e, long nowNanos) {
        JobSettings s = e.settings();
        JobStats stats = e.sampler().stats();
        boolean ended = e.hasEnded();
        long start = e.startNanos();
        long end = ended || nowNanos == 0 ? e.endNanos() : nowNanos;
        long measureStart = e.measureStartNanos();
        long elapsed = start == 0 || end < start ? 0 : (end - start) / 1_000_000L;
        long runtime = measureStart == 0 || end < measureStart ? 0 : (end - measureStart) / 1_000_000L;
        if (ended && measureStart == 0 && start != 0 && end > start) {
            // the job ended inside ramp_time: like fio, whose reset never came, report its bytes, I/Os and
            // runtime from the start (latencies and rate samples stay empty: they are not taken in the ramp)
            stats = rampOnly(stats, e.sampler(), end - start);
            runtime = elapsed;
        }
        WorkerCounters c = e.counters();
        // a running worker's sync latencies are a histogram it writes: read only once it has ended
        LatencySummary sync = ended ? c.syncLatency(s.percentiles()) : LatencySummary.EMPTY;
        return new JobResult(stats, s.jobName(), s.jobNumber(), s.groupId(), e.errorNumber(), e.errorMessage(),
                elapsed, runtime, e.cpu(), c.ioDepths(), c.submitBatches(), c.completeBatches(), c.issuedCounts(),
                sync, s.options(), e.files());
    }

    /** {@code stats} with each direction's bytes and I/Os those the job did in its ramp, over {@code runtimeNanos}. */
    private static JobStats rampOnly(JobStats stats, JobSampler sampler, long runtimeNanos) {
        List<DirectionStats> directions = new ArrayList<>();
        for (DirectionStats d : stats.directions()) {
            Direction dir = d.direction();
            directions.add(new DirectionStats(dir, sampler.counters().bytes(dir), sampler.counters().ios(dir),
                    runtimeNanos, d.clat(), d.lat(), d.slat(), d.bandwidthKiBps(), d.iops()));
        }
        return new JobStats(stats.jobName(), stats.jobIndex(), directions, stats.latencyBuckets(),
                stats.windowsClosed(), stats.droppedSamples());
    }
}
