package io.jfio.engine.run;

import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.RunResult;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A minimal per-job summary of a {@link RunResult} (name, IOPS, bandwidth, bytes, mean clat per
 * direction), printed by the command line until jfio's fio-style report formatters are wired in; it says
 * so in its first line. Stateless; any thread.
 */
public final class InterimSummary {

    private InterimSummary() {
    }

    public static void print(RunResult run, PrintStream out) {
        out.println("jfio interim summary (the fio-style report is not wired in yet)"
                + (run.stoppedBySignal() ? " - run stopped by a signal" : ""));
        for (JobResult job : run.jobs()) {
            out.printf(Locale.ROOT, "%s: (groupid=%d, job=%d): err=%2d: runtime=%dmsec%n", job.jobName(), job.groupId(),
                    job.jobNumber(), job.error(), job.runtimeMillis());
            if (!job.errorMessage().isEmpty()) {
                out.println("  error: " + job.errorMessage());
            }
            for (DirectionStats d : job.stats().directions()) {
                if (d.ios() == 0) {
                    continue;
                }
                out.printf(Locale.ROOT, "  %s: IOPS=%.0f, BW=%.1fMiB/s, io=%d bytes (%d I/Os), clat mean=%.2f usec%n",
                        d.direction().label(), d.meanIops(), d.meanBytesPerSecond() / (1 << 20), d.bytes(), d.ios(),
                        d.clat().meanNanos() / 1000.0);
            }
        }
    }
}
