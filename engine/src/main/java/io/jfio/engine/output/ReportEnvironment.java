package io.jfio.engine.output;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What the reports print about the program rather than the jobs: the version string (fio prints its own
 * "fio-3.33" where jfio prints this), the clock for the report's date and timestamps, and the process id
 * (jfio runs jobs as threads of one process, so every job shows it). Immutable; any thread.
 *
 * @param version e.g. {@code jfio-0.1.0}
 * @param clock   the time source of the report's date
 * @param pid     the process id printed as fio's "pid="
 */
public record ReportEnvironment(String version, Clock clock, long pid) {

    public ReportEnvironment {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(clock, "clock");
    }

    /** This process, the system clock in the default time zone. */
    public static ReportEnvironment of(String version) {
        return new ReportEnvironment(version, Clock.systemDefaultZone(), ProcessHandle.current().pid());
    }

    /** The time now, in the clock's zone. */
    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }
}
