package io.jfio.app.main;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import io.jfio.engine.nativeio.Errno;
import io.jfio.engine.nativeio.NativeIoException;
import io.jfio.engine.nativeio.ThreadControl;

/**
 * Gives the engine's I/O threads precedence over the JVM's JIT compilers while the window is up: raises
 * the nice value of the C1 and C2 compiler threads.
 *
 * <p>Why: measured on a 2-core machine, the C2 compiler spent about 0.7 of a CPU compiling the GUI's code
 * through a 10 s run and took CPU from the worker thread, so a run from the window reached only 80-87 % of
 * the command line's IOPS. At nice 10 (CFS weight 110 against 1024) a compiler that shares a CPU with a
 * worker gets about a tenth of it, and all of an otherwise idle CPU.
 *
 * <p>The JavaFX threads keep their priority: the application thread waits for the render thread at every
 * pulse (a niced renderer stalled it for hundreds of milliseconds), and the run's thread is started from the
 * application thread, and Linux gives a new thread its creator's nice value, so the engine's threads start
 * at the JVM's own nice value (or below the window's, when they fill every CPU: {@link JobThreadPriority}).
 * Threads are matched by their Linux names ({@code /proc/self/task/TID/comm}, at most 15 characters).
 * {@link #yieldToEngine()} once the window shows, {@link #forRun} when a run starts; any thread.
 */
public final class JitCompilerPriority {

    /** The nice value given to the matched threads, unless {@code -Djfio.jit.nice=N} says otherwise (0: leave). */
    public static final int DEFAULT_NICE = 10;

    private static final Path OWN_TASKS = Path.of("/proc/self/task");

    private JitCompilerPriority() {
    }

    /** Whether a thread of this Linux name is a JIT compiler. */
    static boolean isJitCompilerThread(String linuxName) {
        return linuxName.startsWith("C1 CompilerThre") || linuxName.startsWith("C2 CompilerThre");
    }

    /**
     * Raises the nice value of this JVM's JIT compiler threads to {@link #DEFAULT_NICE} (or the
     * {@code jfio.jit.nice} property). Returns a one-line account for the log; never throws: a machine that
     * refuses leaves the threads as they were and says so.
     */
    public static String yieldToEngine() {
        int nice = Integer.getInteger("jfio.jit.nice", DEFAULT_NICE);
        if (nice == 0) {
            return "JIT compiler threads keep their priority (jfio.jit.nice=0)";
        }
        try {
            List<Integer> changed = renice(OWN_TASKS, JitCompilerPriority::isJitCompilerThread, nice);
            // Said so when nothing changed: "0 threads at nice 10" read as if none were niced.
            return changed.isEmpty() ? String.format(Locale.ROOT, "JIT compiler threads already at nice %d", nice)
                    : String.format(Locale.ROOT, "%d JIT compiler threads set to nice %d", changed.size(), nice);
        } catch (IOException | IllegalArgumentException e) {
            return "JIT compiler threads keep their priority: " + e.getMessage();
        }
    }

    /**
     * Sets the compilers' priority for a run of {@code jobThreads} I/O threads, from the run's thread: as
     * {@link #yieldToEngine()} while the jobs leave a CPU spare, else back to the calling thread's own nice value.
     * At nice 10 on a machine whose every CPU runs a job at nice 0 a compiler gets a tenth of a CPU, and the
     * engine's own methods waited seconds for it: measured with {@code numjobs=2} on 2 CPUs, a run from the
     * window stayed at 0.3-0.5 of the command line's IOPS for 7 s of its 10. Lowering a nice value needs
     * privilege (root, or {@code RLIMIT_NICE}); without it the compilers stay niced and the account says so.
     */
    public static String forRun(int jobThreads) {
        int cpus = Runtime.getRuntime().availableProcessors();
        if (!JobThreadPriority.fillEveryCpu(jobThreads, cpus)) {
            return yieldToEngine() + String.format(Locale.ROOT, " (%d job threads for %d CPUs)", jobThreads, cpus);
        }
        try {
            int own = ThreadControl.nice();
            List<Integer> changed = restore(OWN_TASKS, JitCompilerPriority::isJitCompilerThread, own);
            return String.format(Locale.ROOT, "%d JIT compiler threads back at nice %d (%d job threads for %d CPUs)",
                    changed.size(), own, jobThreads, cpus);
        } catch (IOException | IllegalArgumentException e) {
            return String.format(Locale.ROOT, "JIT compiler threads stay niced (%d job threads for %d CPUs): %s",
                    jobThreads, cpus, e.getMessage());
        }
    }

    /**
     * Sets nice value {@code nice} on every thread (that has a lower one) under {@code taskDir} (a /proc/PID/task directory of this
     * process) whose name {@code matches}; returns their thread ids. A thread that ends meanwhile (ESRCH) is skipped.
     */
    static List<Integer> renice(Path taskDir, Predicate<String> matches, int nice) throws IOException {
        // Only ever raise: a user who started jfio under `nice -n 15` keeps 15.
        return setWhere(taskDir, matches, nice, current -> current < nice);
    }

    /** Lowers to {@code nice} every matching thread under {@code taskDir} that has a higher one; returns their ids. */
    static List<Integer> restore(Path taskDir, Predicate<String> matches, int nice) throws IOException {
        return setWhere(taskDir, matches, nice, current -> current > nice);
    }

    private static List<Integer> setWhere(Path taskDir, Predicate<String> matches, int nice,
                                          java.util.function.IntPredicate changeFrom) throws IOException {
        List<Integer> changed = new ArrayList<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(taskDir)) {
            for (Path task : tasks) {
                String name;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                } catch (IOException gone) {
                    continue;
                }
                if (!matches.test(name)) {
                    continue;
                }
                int threadId = Integer.parseInt(task.getFileName().toString());
                try {
                    if (changeFrom.test(ThreadControl.niceOf(threadId))) {
                        ThreadControl.setNiceOf(threadId, nice);
                        changed.add(threadId);
                    }
                } catch (NativeIoException e) {
                    if (e.errorNumber() != Errno.ESRCH) {
                        throw e;
                    }
                }
            }
        }
        return changed;
    }
}
