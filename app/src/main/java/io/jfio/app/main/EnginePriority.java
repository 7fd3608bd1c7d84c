package io.jfio.app.main;

import java.util.List;

import javax.management.JMException;

import io.jfio.app.live.EngineWarmUp;
import io.jfio.app.live.LiveRunner;
import io.jfio.engine.run.JobSettings;

/**
 * What the application does so that a run from the window gets the CPU and the JIT's best code as a run from
 * the command line does: before the window, it keeps the interface's code out of C2 during runs and JavaFX's
 * rasterizer out of C2 for good ({@link JitCompilerDirectives}), and runs the engine on a throwaway job while
 * the compilers are idle ({@link EngineWarmUp}); once the window shows, it lowers the compilers' priority
 * ({@link JitCompilerPriority}) and hands the warm-up and the directives to the window's runs; a run whose jobs
 * fill every CPU starts them below the window's threads ({@link JobThreadPriority}) and gives the compilers the
 * jobs' priority (until a run leaves a CPU spare). {@link #prepare} on
 * the JavaFX launcher thread ({@code Application.init}), {@link #attach} on the JavaFX thread after the window
 * shows.
 */
public final class EnginePriority {

    private final JitCompilerDirectives directives;
    private final EngineWarmUp engineWarmUp;
    private volatile String lastRunAccount;

    private EnginePriority(JitCompilerDirectives directives, EngineWarmUp engineWarmUp) {
        this.directives = directives;
        this.engineWarmUp = engineWarmUp;
    }

    /** Prepares the directives and starts the engine's warm-up (unless {@code -Djfio.engine.warmup.ms=0}). */
    public static EnginePriority prepare() {
        JitCompilerDirectives directives = JitCompilerDirectives.prepare();
        return new EnginePriority(directives, EngineWarmUp.start());
    }

    /** Applies all this to the shown window's runs; returns one line for the log. */
    public String attach(MainWindow window) {
        String priority = JitCompilerPriority.yieldToEngine();
        LiveRunner runner = window.liveRunner();
        if (runner != null) {
            runner.giveWayFrom(engineWarmUp);
            runner.setAroundEachRun(this::beforeRun, this::interfaceOnC2Too);
        }
        return priority + "; " + directives.account();
    }

    /** What the latest run's start did to the jobs' and the compilers' priority, or null before a run. Any thread. */
    public String lastRunAccount() {
        return lastRunAccount;
    }

    private void beforeRun(List<JobSettings> jobs) {
        // The jobs' priority first: the compilers are then set back to the run thread's (the jobs') value.
        String jobPriority = JobThreadPriority.forRun(jobs);
        lastRunAccount = jobPriority + "; " + JitCompilerPriority.forRun(jobs.size());
        try {
            directives.interfaceOnC1Only();
        } catch (JMException | RuntimeException e) {
            // the run goes on with the JIT as it is; only its first seconds may be slower
        }
    }

    private void interfaceOnC2Too() {
        try {
            directives.interfaceOnC2Too();
        } catch (JMException | RuntimeException e) {
            // the directive stays: the interface's code keeps C1's code, which only costs speed at idle
        }
    }
}
