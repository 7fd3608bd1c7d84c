package io.jfio.app.live;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import io.jfio.app.editor.run.RunRequest;
import io.jfio.engine.run.JobRunner;
import io.jfio.engine.run.JobSettings;
import io.jfio.engine.run.JobSettingsReader;
import io.jfio.model.job.JobSpec;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.RunResult;

import javafx.application.Platform;

/**
 * Runs a checked job file from the GUI: the engine's {@link JobRunner} on its own thread (never the
 * JavaFX thread), its windows carried to the {@link LiveViewModel} by a {@link SampleDrain}, and the
 * {@link RunResult} handed back on the JavaFX thread when the run ends or is stopped. One run at a time.
 * {@link #start} and {@link #stop} are for the JavaFX thread.
 */
public final class LiveRunner {

    /** The longest a run waits for the engine's warm-up to stop: it stops within one I/O of the null engine. */
    private static final long WARM_UP_STOP_MILLIS = 2000;

    private final LiveViewModel model;
    private final BiConsumer<RunResult, List<JobSpec>> onFinished;
    private volatile JobRunner current;
    private volatile boolean stopRequested;
    private SampleDrain drain;
    private long startNanos;
    private volatile EngineWarmUp engineWarmUp;
    private volatile java.util.function.Consumer<List<JobSettings>> beforeEachRun = jobs -> { };
    private volatile Runnable afterEachRun = () -> { };

    /** @param onFinished receives each run's result and the jobs it ran on the JavaFX thread */
    public LiveRunner(LiveViewModel model, BiConsumer<RunResult, List<JobSpec>> onFinished) {
        this.model = model;
        this.onFinished = onFinished;
    }

    public LiveViewModel model() {
        return model;
    }

    /** Starts the request's jobs, unless a run is already on. */
    public void start(RunRequest request) {
        start(request, null);
    }

    /**
     * Starts the request's jobs, or only those of section {@code onlySection} (every numjobs instance of
     * it) when not null, unless a run is already on.
     */
    public void start(RunRequest request, String onlySection) {
        if (model.runningProperty().get()) {
            return;
        }
        model.runStarted();
        stopRequested = false;
        drain = new SampleDrain(model);
        SampleDrain thisDrain = drain;
        JobRunner.RunOptions options = JobRunner.RunOptions.defaults()
                .withProgress(new PrintStream(OutputStream.nullOutputStream()))
                .withSignals(false)
                .withListener(thisDrain)
                .withGlobalOptions(request.resolution().globalOptions());
        startNanos = System.nanoTime();
        List<JobSpec> jobs = request.resolution().jobs().stream()
                .filter(job -> onlySection == null || job.sectionName().equals(onlySection)).toList();
        Thread thread = new Thread(() -> runInBackground(jobs, options, thisDrain), "jfio-gui-run");
        thread.setDaemon(true);
        thread.start();
        thisDrain.start();
    }

    /** Asks the running jobs to stop; the result still arrives through {@code onFinished}. Any thread. */
    public void stop() {
        JobRunner runner = current;
        stopRequested = true;
        if (runner != null) {
            runner.stop();
        }
    }

    /** The engine's warm-up, which the next run stops and waits for before it starts. JavaFX thread. */
    public void giveWayFrom(EngineWarmUp warmUp) {
        this.engineWarmUp = warmUp;
    }

    /**
     * Work for the run's thread around every run: {@code before} just before the engine starts, given the jobs
     * (one per I/O thread) it runs, {@code after} once it has ended (also when it failed). Neither may throw.
     * JavaFX thread, before a run.
     */
    public void setAroundEachRun(java.util.function.Consumer<List<JobSettings>> before, Runnable after) {
        this.beforeEachRun = java.util.Objects.requireNonNull(before, "before");
        this.afterEachRun = java.util.Objects.requireNonNull(after, "after");
    }

    /** True while a run is on. JavaFX thread. */
    public boolean isRunning() {
        return model.runningProperty().get();
    }

    private void runInBackground(List<JobSpec> jobs, JobRunner.RunOptions options, SampleDrain thisDrain) {
        try {
            if (jobs.isEmpty()) {
                throw new IllegalStateException("no job to run in the selected section");
            }
            EngineWarmUp warmUp = engineWarmUp;
            if (warmUp != null && !warmUp.stopAndAwait(WARM_UP_STOP_MILLIS)) {
                throw new IllegalStateException("the engine's warm-up did not stop within "
                        + WARM_UP_STOP_MILLIS + " ms");
            }
            List<JobSettings> settings = new JobSettingsReader().readAll(jobs, new ArrayList<>());
            Runnable after = afterEachRun;
            beforeEachRun.accept(settings);
            try (JobRunner runner = new JobRunner(settings, options)) {
                current = runner;
                if (stopRequested) {
                    runner.stop(); // Stop was pressed while the jobs were being read
                }
                RunResult result = runner.run();
                current = null;
                Platform.runLater(() -> finished(thisDrain, jobs, result, null));
            } finally {
                after.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Platform.runLater(() -> finished(thisDrain, jobs, null, "interrupted"));
        } catch (RuntimeException e) {
            current = null;
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Platform.runLater(() -> finished(thisDrain, jobs, null, message));
        }
    }

    private void finished(SampleDrain thisDrain, List<JobSpec> jobs, RunResult result, String failure) {
        thisDrain.stop();
        if (result == null) {
            model.runEnded("Run failed: " + failure);
            return;
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long failed = result.jobs().stream().filter(JobResult::failed).count();
        String how = failed > 0 ? failed + (failed == 1 ? " job failed" : " jobs failed")
                : result.stoppedBySignal() || stopRequested ? "stopped" : "done";
        // The results first: whoever watches the running flag finds them there when it drops.
        onFinished.accept(result, jobs);
        model.runEnded(String.format(Locale.ROOT, "Run %s after %.1f s (%d %s)", how, seconds,
                result.jobs().size(), result.jobs().size() == 1 ? "job" : "jobs"));
    }
}
