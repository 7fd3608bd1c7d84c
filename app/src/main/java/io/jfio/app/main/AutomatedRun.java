package io.jfio.app.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.jfio.app.dialog.FxDialogService;
import io.jfio.app.results.ReportExport;
import io.jfio.app.results.SessionRun;
import io.jfio.app.settings.MemorySettings;
import io.jfio.app.task.FxTaskExecutor;
import io.jfio.model.option.Options;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * {@code jfio --gui --run JOBFILE [--exit-when-done] [--json OUT] [--allow-writes]}: opens the real main window, opens
 * JOBFILE and, two seconds later, runs it from the window as F5 does (the checks, the engine on its own thread, the live graphs
 * drained at 10 Hz, then the results view), writes the run's fio-format JSON report to OUT, and prints one
 * line with the run's status and the FX thread's responsiveness ({@link FxThreadWatchdog}: while the run is on,
 * and from F5 to the results' first frames) to stderr. With
 * {@code --exit-when-done} the application quits after the run, with status 0 when it finished and 1 when
 * it could not start or failed. A job that writes files or devices would stop at the window's write
 * confirmation; unattended it is refused with one line naming what it writes, unless {@code --allow-writes}
 * says to go ahead. For benchmarks (bench/gui-vs-cli.sh) and scripted screenshots; the user's
 * saved settings are neither read nor changed. {@link #main} on the main thread, the rest on the JavaFX
 * thread.
 */
public final class AutomatedRun extends Application {

    static final String USAGE = "usage: jfio --gui --run JOBFILE [--exit-when-done] [--json OUT] [--allow-writes]";

    /** The command line of an automated run. Immutable; any thread. */
    public record Request(Path jobFile, boolean exitWhenDone, Path jsonReport, boolean allowWrites) {

        /** The request of {@code args} ({@code --gui} ignored); throws with a one-line message when wrong. */
        public static Request parse(List<String> args) {
            Path jobFile = null;
            Path json = null;
            boolean exit = false;
            boolean allowWrites = false;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--gui" -> { }
                    case "--exit-when-done" -> exit = true;
                    case "--allow-writes" -> allowWrites = true;
                    case "--run", "--json" -> {
                        if (i + 1 == args.size()) {
                            throw new IllegalArgumentException(arg + " needs a file name (" + USAGE + ")");
                        }
                        Path value = Path.of(args.get(++i));
                        if (arg.equals("--run")) {
                            jobFile = value;
                        } else {
                            json = value;
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + arg + " (" + USAGE + ")");
                }
            }
            if (jobFile == null) {
                throw new IllegalArgumentException("--run needs a job file (" + USAGE + ")");
            }
            return new Request(jobFile, exit, json, allowWrites);
        }
    }

    /** Time watched after the results are filled: their CSS, layout and first paint come in the next frames. */
    private static final long RESULTS_WATCH_MILLIS = 500;

    /** How long after the job file is open the run starts ({@code -Djfio.gui.run.settle.ms}, default 2000). */
    static final Duration SETTLE = Duration.millis(Long.getLong("jfio.gui.run.settle.ms", 2000));

    private static volatile int exitStatus = 1;

    private Request request;
    private EnginePriority enginePriority;
    private MainWindow window;
    private boolean started;
    private boolean finished;
    private final FxThreadWatchdog watchdog = new FxThreadWatchdog(10, false);
    /**
     * From F5 to the run's first final sample window: the checks, the switch to the live tab, the jobs' start
     * and every window drawn; the run itself, without the results view.
     */
    private final FxThreadWatchdog whileRunning = new FxThreadWatchdog(10, false);

    /** Checks the arguments, runs the application, and exits with the run's status when it quits. */
    public static void main(String[] args) {
        Request request;
        try {
            request = Request.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("jfio: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (!Files.isRegularFile(request.jobFile())) {
            System.err.println("jfio: " + request.jobFile() + ": no such job file");
            System.exit(2);
        }
        Application.launch(AutomatedRun.class, args);
        System.exit(exitStatus);
    }

    /** Launcher thread: prepares the JIT and the engine and loads the option catalog, as the application does. */
    @Override
    public void init() {
        request = Request.parse(getParameters().getRaw());
        enginePriority = EnginePriority.prepare();
        Options.catalog();
    }

    @Override
    public void start(Stage stage) {
        window = MainWindow.withLiveRuns(stage, new FxTaskExecutor(), new MemorySettings(), new FxDialogService(stage));
        window.show();
        System.err.println("jfio: " + enginePriority.attach(window));
        window.warmUp();
        Path file = request.jobFile().toAbsolutePath();
        // No one is there to answer the write confirmation: go ahead only when told to, and say what is written.
        window.setWriteConfirmer(check -> {
            String targets = check.targets().stream().map(t -> t.path().toString())
                    .collect(java.util.stream.Collectors.joining(", "));
            System.err.println("jfio: " + file + ": " + check.headline() + " (" + targets + ")"
                    + (request.allowWrites() ? "" : "; add --allow-writes to run it unattended"));
            return request.allowWrites();
        });
        window.editor().addDocumentReplacedListener(() -> {
            // Once, when the job file's text is in the editor (its path is set before its text).
            if (!started && file.equals(window.editor().pathProperty().get())) {
                started = true;
                // As a user presses F5 a moment after the window opened, not while it is still being
                // laid out, styled and compiled for the first time.
                PauseTransition settle = new PauseTransition(SETTLE);
                settle.setOnFinished(event -> {
                    watchdog.start();
                    whileRunning.start();
                    window.run();
                });
                settle.play();
            }
        });
        window.editor().statusProperty().addListener((property, old, now) -> {
            if (now != null && now.startsWith("Not run")) {
                finish("jfio: " + file + ": " + now, 1);
            }
        });
        window.liveRunner().model().addBatchObserver(batch -> {
            if (batch.stream().anyMatch(io.jfio.model.result.IntervalSample::finalWindow)) {
                whileRunning.stop();
            }
        });
        window.liveRunner().model().runningProperty().addListener((property, was, running) -> {
            if (was && !running) {
                Platform.runLater(this::runEnded); // after the run's final status is set
            }
        });
        window.open(file);
    }

    private void runEnded() {
        String status = window.liveRunner().model().statusProperty().get();
        List<SessionRun> runs = window.results().runs();
        SessionRun last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        whileRunning.stop();
        // The results' first layout and frames come in the pulses after they were filled: F5-to-results
        // watches those too, then the report is written off the JavaFX thread.
        afterMillis(RESULTS_WATCH_MILLIS, () -> {
            watchdog.stop();
            String line = "jfio: " + status + "; while running: " + whileRunning.summary() + "; F5 to results: "
                    + watchdog.summary();
            int exit = status != null && status.startsWith("Run done") ? 0 : 1;
            String jit = enginePriority.lastRunAccount(); // null when the run failed before the engine started
            Thread writer = new Thread(() -> {
                String failure = null;
                if (request.jsonReport() != null && last != null) {
                    try {
                        ReportExport.write(last, request.jsonReport());
                    } catch (IOException e) {
                        failure = "jfio: " + request.jsonReport() + ": cannot write: " + e.getMessage();
                    }
                }
                String failed = failure;
                Platform.runLater(() -> {
                    if (jit != null) {
                        System.err.println("jfio: " + jit);
                    }
                    if (failed != null) {
                        finish(failed, 1);
                    } else {
                        finish(line, exit);
                    }
                });
            }, "jfio-report-writer");
            writer.setDaemon(true);
            writer.start();
        });
    }

    /**
     * Runs {@code then} on the JavaFX thread {@code millis} from now, timed off the JavaFX thread: an animation
     * or an {@code AnimationTimer} would ask for a pulse every frame, and each pulse waits for the renderer to
     * finish the previous frame, so the watch would measure waits that it caused itself.
     */
    private static void afterMillis(long millis, Runnable then) {
        java.util.concurrent.CompletableFuture.delayedExecutor(millis, java.util.concurrent.TimeUnit.MILLISECONDS)
                .execute(() -> Platform.runLater(then));
    }

    private void finish(String line, int status) {
        if (finished) {
            return;
        }
        finished = true;
        watchdog.stop();
        System.err.println(line);
        exitStatus = status;
        if (request.exitWhenDone()) {
            Platform.exit();
        }
    }
}
