package io.jfio.app.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;

/**
 * The application's executor: work runs in order on one daemon thread (job files are small; one thread
 * keeps saves and loads in the order the user asked for them), callbacks run on the JavaFX thread. Any
 * thread may call it.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "jfio-background");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void shutdown() {
        worker.shutdown();
    }
}
