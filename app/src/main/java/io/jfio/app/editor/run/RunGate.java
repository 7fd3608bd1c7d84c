package io.jfio.app.editor.run;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.jfio.app.editor.JobEditorViewModel;
import io.jfio.app.task.TaskExecutor;
import io.jfio.model.job.Problem;
import io.jfio.model.job.Resolution;

/**
 * The checks before a run: the job file is resolved as it is now; with errors the run is refused and the
 * caret goes to the first one; otherwise the files and devices it writes are worked out (in the
 * background) and, if there are any, the user confirms them. Only then is the run handed to the runner.
 * JavaFX thread only.
 */
public final class RunGate {

    private final JobEditorViewModel editor;
    private final TaskExecutor executor;
    private final PathProbe probe;
    private final Predicate<RunCheckViewModel> confirmer;
    private final Consumer<RunRequest> runner;

    /**
     * @param confirmer shows the confirmation and answers whether the user chose Run
     * @param runner    starts the run
     */
    public RunGate(JobEditorViewModel editor, TaskExecutor executor, PathProbe probe,
                   Predicate<RunCheckViewModel> confirmer, Consumer<RunRequest> runner) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.probe = Objects.requireNonNull(probe, "probe");
        this.confirmer = Objects.requireNonNull(confirmer, "confirmer");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Checks the job file and, if it passes and the user agrees, hands it to the runner. */
    public void requestRun() {
        String text = editor.getText();
        Path jobFile = editor.pathProperty().get();
        editor.resolveNow(resolution -> {
            if (resolution.hasErrors()) {
                int errors = resolution.errors().size();
                editor.statusProperty().set("Not run: " + errors + (errors == 1 ? " error" : " errors")
                        + " in the job file (see Problems)");
                Problem first = resolution.errors().get(0);
                editor.jumpTo(first);
                return;
            }
            if (resolution.jobs().isEmpty()) {
                editor.statusProperty().set("Not run: the job file has no jobs");
                return;
            }
            Path folder = jobFile == null ? null : jobFile.toAbsolutePath().getParent();
            executor.execute(() -> WritePlanner.plan(resolution, folder, probe),
                    targets -> confirm(new RunRequest(text, jobFile, resolution, targets)),
                    failure -> editor.statusProperty().set("Not run: " + failure.getMessage()));
        });
    }

    private void confirm(RunRequest request) {
        RunCheckViewModel check = new RunCheckViewModel(request.targets());
        if (check.writesNothing() || confirmer.test(check)) {
            runner.accept(request);
        } else {
            editor.statusProperty().set("Not run: cancelled");
        }
    }

    /** The runner until the live view can run jobs: it reports that the checks passed. */
    public static Consumer<RunRequest> reportOnly(JobEditorViewModel editor) {
        return request -> {
            Resolution resolution = request.resolution();
            int jobs = resolution.jobs().size();
            editor.statusProperty().set("Checks passed: " + jobs + (jobs == 1 ? " job" : " jobs") + ", "
                    + request.targets().size() + " write target(s) confirmed. Run it with ./jfio "
                    + (request.jobFile() == null ? "JOBFILE" : request.jobFile())
                    + " (running from the window comes with the live view)");
        };
    }
}
