package io.jfio.app;

import java.nio.file.Path;
import java.util.List;

import io.jfio.app.dialog.FxDialogService;
import io.jfio.app.main.EnginePriority;
import io.jfio.app.main.MainWindow;
import io.jfio.app.settings.PreferencesSettings;
import io.jfio.app.task.FxTaskExecutor;
import io.jfio.model.option.Options;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens jfio's main window, with the job file named on the command line if any
 * (read in the background). {@link #init()} runs on the JavaFX launcher thread, {@link #start(Stage)} on
 * the JavaFX thread.
 */
public final class JfioApplication extends Application {

    private EnginePriority enginePriority;

    /**
     * Runs on the launcher thread: prepares the JIT for the engine and warms the engine up while the compilers
     * are idle ({@link EnginePriority}), and loads the option catalog (a class-path read) before the window needs it.
     */
    @Override
    public void init() {
        enginePriority = EnginePriority.prepare();
        Options.catalog();
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = MainWindow.withLiveRuns(stage, new FxTaskExecutor(), PreferencesSettings.forApplication(),
                new FxDialogService(stage));
        window.show();
        enginePriority.attach(window);
        window.warmUp();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            window.open(Path.of(args.get(0)));
        }
    }
}
