package io.jfio.app.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that may block (file I/O, validation) away from the JavaFX thread and hands the result back
 * on it. View-models take one so tests can pass {@link SameThreadTaskExecutor} and see results at once.
 * Implementations say which threads may call them.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work}, then {@code onSuccess} with its result or {@code onFailure} with what it threw.
     * Both callbacks run on the thread that owns the UI (the JavaFX thread in the application).
     */
    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Stops accepting work; running work may finish. */
    void shutdown();
}
