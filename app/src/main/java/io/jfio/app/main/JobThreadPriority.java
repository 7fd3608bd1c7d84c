package io.jfio.app.main;

import java.util.List;
import java.util.Locale;

import io.jfio.engine.nativeio.NativeIoException;
import io.jfio.engine.nativeio.ThreadControl;
import io.jfio.engine.run.JobSettings;

/**
 * Keeps the window responsive during a run whose job threads fill every CPU: the engine's threads then start
 * {@value #DEFAULT_NICE_STEPS} nice steps below the window's threads, so that a frame's work gets a CPU when it
 * needs one. The window's threads use the same CPU time either way (about a tenth of a CPU), only sooner.
 *
 * <p>Why: measured on a 2-core VM with {@code numjobs=2} of the null engine, alternated runs: at the same priority
 * the FX thread's longest wait while running was 63.8-114.0 ms (over 50 ms in every run of four); with the job
 * threads at nice 5, 38.3-42.5 ms (four runs), later 30.3-75.8 ms (over 50 ms in 6 of 14, all at the first sample
 * window); at nice 10, 18.7-52.7 ms (1 of the same 14, at F5, before the jobs start), with median IOPS 7.78 M
 * against 7.45 M at nice 5.
 *
 * <p>Linux gives a new thread its creator's nice value, so this raises the nice value of the run's own thread
 * before the engine starts its threads (raising needs no privilege). A run that leaves a CPU spare is left
 * alone, and so is a run in which a job sets fio's {@code nice}: that option means "this much more than jfio's
 * own", and the user has chosen. {@code -Djfio.gui.jobs.nice=N} sets the steps (0: leave the jobs' priority).
 * {@link #forRun} on the run's thread, before the engine starts; it changes that thread only.
 */
public final class JobThreadPriority {

    /** Nice steps between the window's threads and the jobs' when the jobs fill every CPU. */
    public static final int DEFAULT_NICE_STEPS = 10;

    private JobThreadPriority() {
    }

    /**
     * Whether a run's {@code jobThreads} leave no CPU of {@code cpus} to the window's threads. The one rule for
     * the jobs' priority here and the compilers' ({@link JitCompilerPriority#forRun}): the two must agree.
     */
    static boolean fillEveryCpu(int jobThreads, int cpus) {
        return jobThreads >= cpus;
    }

    /** The steps to add for a run of {@code jobThreads} on {@code cpus} CPUs: 0 when nothing should change. */
    static int stepsFor(int jobThreads, int cpus, boolean aJobSetsNice, int configuredSteps) {
        return fillEveryCpu(jobThreads, cpus) && !aJobSetsNice ? Math.max(0, configuredSteps) : 0;
    }

    /**
     * Lowers the calling (run) thread's priority, which the engine's threads inherit, when {@code jobs} fill every
     * CPU; returns one line for the log. Never throws: a refusal leaves the priority as it was and says so.
     */
    public static String forRun(List<JobSettings> jobs) {
        int cpus = Runtime.getRuntime().availableProcessors();
        boolean aJobSetsNice = jobs.stream().anyMatch(job -> job.niceIncrement() != 0);
        int steps = stepsFor(jobs.size(), cpus, aJobSetsNice,
                Integer.getInteger("jfio.gui.jobs.nice", DEFAULT_NICE_STEPS));
        if (steps == 0) {
            return aJobSetsNice ? "job threads at the nice value their job sets"
                    : "job threads at the window's priority";
        }
        try {
            int nice = ThreadControl.addNice(steps);
            return String.format(Locale.ROOT, "job threads at nice %d, below the window's (%d job threads for %d CPUs)",
                    nice, jobs.size(), cpus);
        } catch (NativeIoException | IllegalArgumentException e) {
            return "job threads at the window's priority: " + e.getMessage();
        }
    }
}
