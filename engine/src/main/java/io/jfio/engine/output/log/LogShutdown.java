package io.jfio.engine.output.log;

import io.jfio.engine.sample.JobSampler;
import io.jfio.engine.sample.NanoClock;

import java.io.IOException;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Ends a run's sampling and logging in the order that leaves complete logs: finish every sampler at "now"
 * (publishing each job's last, partial window), then close the log writer (drain, join shared files, close).
 * Used at the normal end of a run, on failure, and from a JVM shutdown hook on Ctrl-C/SIGTERM.
 * Stateless; any thread.
 */
public final class LogShutdown {

    private LogShutdown() {
    }

    /** Finishes the samplers and closes the writer. Safe to call more than once. */
    public static void finishAndClose(Collection<JobSampler> samplers, FioLogWriter writer, NanoClock clock)
            throws IOException {
        long now = clock.nanoTime();
        for (JobSampler s : samplers) {
            s.finish(now);
        }
        writer.close();
    }

    /**
     * Installs a JVM shutdown hook that runs {@link #finishAndClose} on Ctrl-C or SIGTERM. Remove it with
     * {@code Runtime.getRuntime().removeShutdownHook(hook)} after a normal close.
     *
     * @param samplers supplies the run's samplers at shutdown time (jobs may start after installation)
     */
    public static Thread install(Supplier<? extends Collection<JobSampler>> samplers, FioLogWriter writer,
                                 NanoClock clock) {
        Thread hook = new Thread(() -> {
            try {
                finishAndClose(samplers.get(), writer, clock);
            } catch (IOException e) {
                System.err.println("jfio: logs: " + e.getMessage());
            }
        }, "jfio-log-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }
}
