package io.jfio.app.logs;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import io.jfio.app.task.TaskExecutor;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window File → Open Logs shows: one per main window, reused for every open (the logs add up, so that
 * a run's bw and lat logs, or jfio's and fio's logs of the same job, can be opened one after the other and
 * seen together). JavaFX thread only.
 */
public final class LogViewerWindow {

    private final Stage stage = new Stage();
    private final LogViewerModel model;
    private final LogViewerView view;

    /** @param styler applies the main window's theme to the scene */
    public LogViewerWindow(Window owner, TaskExecutor executor, Consumer<Scene> styler) {
        model = new LogViewerModel(executor);
        view = new LogViewerView(model);
        stage.initOwner(owner);
        stage.setTitle("Logs - jfio");
        Scene scene = new Scene(view, 1000, 760);
        styler.accept(scene);
        stage.setScene(scene);
    }

    /** Reads {@code files} into the window and shows it. */
    public void open(List<Path> files) {
        model.open(files);
        stage.show();
        stage.toFront();
    }

    public LogViewerModel model() {
        return model;
    }

    public LogViewerView view() {
        return view;
    }

    public Stage stage() {
        return stage;
    }
}
