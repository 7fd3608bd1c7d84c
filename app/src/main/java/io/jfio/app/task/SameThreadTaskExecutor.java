package io.jfio.app.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work and its callback at once on the calling thread, so tests of view-models see the result
 * when the call returns. Same thread as the caller; not for the application.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
