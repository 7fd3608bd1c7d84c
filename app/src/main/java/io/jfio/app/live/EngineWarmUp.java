package io.jfio.app.live;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.jfio.engine.run.JobRunner;
import io.jfio.engine.run.JobSettings;
import io.jfio.engine.run.JobSettingsReader;
import io.jfio.engine.run.RunListener;
import io.jfio.engine.sample.JobSampler;
import io.jfio.model.job.JobFileParser;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.JobSpec;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.JobResult;

/**
 * Runs the engine on throwaway null-engine jobs (no file, no I/O; three shapes, see {@code JOB}) on its own
 * thread while the window is being made, so that the JIT has compiled the engine's per-I/O path before the
 * user's first run.
 * <p>Why: in a window the JIT is busy with the interface's own code, and its queue is long. Measured with
 * per-window IOPS logs and {@code -XX:+PrintCompilation} of a null job on a 2-core VM, the first run from a
 * fresh window took about 3 s to reach the command line's speed (its first windows ran at 35-60 % of it),
 * because the engine's hot methods waited up to 3 s for the optimizing compiler; from then on both ran at
 * the same speed. The command line is not affected: there the engine is the only code the JIT compiles.
 * The application starts this before its window, while the compilers are idle: started after the window
 * opened, the throwaway run's methods got only the JIT's quick tier, as the compilers' queue was already
 * long. The throwaway run takes its windows as a GUI run does (with their histograms, see
 * {@link SampleDrain#subscribeLive}) and drops them. A user's job that takes other paths (another ioengine,
 * logs) still has those compiled during its run.
 * <p>It gives way to a real run: {@link LiveRunner} stops it and waits for its end before it starts one.
 * {@link #start} from any thread; {@link #stop} and {@link #stopAndAwait} from any thread but the JavaFX
 * thread may only call {@link #stop}.
 */
public final class EngineWarmUp {

    /**
     * Three jobs at once, so that the JIT profiles the per-I/O path with each of its common shapes: a mix of
     * reads and writes, one direction only, random and sequential offsets (the sequential job wraps round its
     * file many times, as a small time-based job does). Short windows, to close many. Why all three: compiled
     * from one shape, the engine's loop meets a branch the profile never took in the user's run (a fixed
     * direction after the warm-up's mix), the JIT throws that code away, and the engine runs the slower tiers
     * until the optimizing compiler, busy with the window's code, recompiles it: measured on a 2-core VM, the
     * first 2 s of a {@code randread} run from the window reached 2.7-4.9 M IOPS per half-second window against
     * the command line's 3.7-5.6 M.
     */
    private static final String JOB = """
            [global]
            ioengine=null
            bs=4k
            size=1g
            time_based
            runtime=%dms
            log_avg_msec=100
            [jfio-warm-up-mixed]
            rw=randrw
            [jfio-warm-up-random-reads]
            rw=randread
            [jfio-warm-up-sequential-writes]
            rw=write
            """;

    private final String jobText;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile JobRunner runner;
    private volatile boolean stopRequested;
    private volatile Map<String, Long> completedIosByJob = Map.of();
    private volatile String failure;

    private EngineWarmUp(long runtimeMillis) {
        this.jobText = String.format(Locale.ROOT, JOB, runtimeMillis);
    }

    /**
     * How long the throwaway run lasts: a second moves the engine's hot methods through the JIT's tiers while
     * the compilers have nothing else to do. {@code -Djfio.engine.warmup.ms=0} turns the warm-up off.
     */
    static final long RUNTIME_MILLIS = Long.getLong("jfio.engine.warmup.ms", 1000);

    /** Starts the throwaway run of {@link #RUNTIME_MILLIS}, or returns null if that is 0 (turned off). */
    public static EngineWarmUp start() {
        return RUNTIME_MILLIS > 0 ? start(RUNTIME_MILLIS) : null;
    }

    /** Starts the throwaway run of {@code runtimeMillis} on a daemon thread of normal priority. */
    public static EngineWarmUp start(long runtimeMillis) {
        if (runtimeMillis <= 0) {
            throw new IllegalArgumentException("runtime must be positive: " + runtimeMillis + " ms");
        }
        EngineWarmUp warmUp = new EngineWarmUp(runtimeMillis);
        Thread thread = new Thread(warmUp::runInBackground, "jfio-engine-warm-up");
        thread.setDaemon(true);
        thread.start();
        return warmUp;
    }

    /** Asks the throwaway run to stop soon; returns at once. */
    public void stop() {
        stopRequested = true;
        JobRunner current = runner;
        if (current != null) {
            current.stop();
        }
    }

    /** Stops the throwaway run and waits for its thread to end; false if it did not within the timeout. */
    public boolean stopAndAwait(long timeoutMillis) throws InterruptedException {
        stop();
        return ended.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** True once the throwaway run has ended, by itself or stopped. */
    public boolean isDone() {
        return ended.getCount() == 0;
    }

    /** The I/Os (reads and writes) each of the throwaway run's jobs completed, in job order, once it has ended. */
    public Map<String, Long> completedIosByJob() {
        return completedIosByJob;
    }

    /** Why the throwaway run failed, or null; a failed warm-up only leaves the JIT colder. */
    public String failure() {
        return failure;
    }

    private void runInBackground() {
        try {
            List<JobSpec> jobs = JobResolver.standard().resolve(JobFileParser.parse(jobText, "engine-warm-up.fio"))
                    .jobsOrThrow();
            List<JobSettings> settings = new JobSettingsReader().readAll(jobs, new ArrayList<>());
            JobRunner.RunOptions options = JobRunner.RunOptions.defaults()
                    .withProgress(new PrintStream(OutputStream.nullOutputStream()))
                    .withSignals(false)
                    .withListener(new RunListener() {
                        @Override
                        public void jobPrepared(JobSettings job, JobSampler sampler) {
                            SampleDrain.subscribeLive(sampler); // nobody drains: a short run fills no channel
                        }
                    });
            try (JobRunner current = new JobRunner(settings, options)) {
                runner = current;
                if (stopRequested) {
                    current.stop();
                }
                Map<String, Long> completed = new LinkedHashMap<>();
                for (JobResult job : current.run().jobs()) {
                    completed.put(job.jobName(),
                            job.stats().directions().stream().mapToLong(DirectionStats::ios).sum());
                }
                completedIosByJob = Collections.unmodifiableMap(completed);
            }
        } catch (RuntimeException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } finally {
            runner = null;
            ended.countDown();
        }
    }
}
