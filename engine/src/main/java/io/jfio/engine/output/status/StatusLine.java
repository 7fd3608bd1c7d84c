package io.jfio.engine.output.status;

import io.jfio.engine.output.FioFormat;
import io.jfio.engine.output.ReportUnits;
import io.jfio.engine.stats.CounterSnapshot;
import io.jfio.model.job.JobSpec;
import io.jfio.model.result.Direction;
import io.jfio.model.value.RwMode;
import io.jfio.model.value.RwPattern;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds fio's live status line from successive progress readings:
 * <pre>
 * Jobs: 1 (f=1): [r(1)][40.0%][r=512MiB/s][r=131k IOPS][eta 00m:06s]
 * Jobs: 1 (f=1), 0B/s-512MiB/s: [R(1)][42.9%][r=510MiB/s][r=131k IOPS][eta 00m:04s]
 * </pre>
 * the running jobs and their open files (not counting jobs in ramp_time); the summed pacing limits of
 * the running jobs out of ramp_time when they have any
 * ({@code rate_min-rate} in bytes, else {@code rate_iops_min-rate_iops IOPS}); each job's state letter in
 * job order, runs of one letter condensed as {@code r(2)}; the share done ({@code -.-%} while every running
 * job ramps up); the rates since the previous reading of the directions that moved, in the first job's
 * kb_base and unit_base; the time left. Without an estimate of the time left, with no job running, or in
 * the first two seconds of the run, only the part before the colon is shown, as fio does.
 * <p>Not thread-safe: one status thread calls {@link #next}.
 */
public final class StatusLine {

    private static final char[] DIRECTION_LETTERS = {'r', 'w', 't'};
    /** fio 3.33 shows only the job count (and limits) during the first two seconds of a run. */
    static final long DETAIL_AFTER_NANOS = 2_000_000_000L;
    private static final long SECOND_NANOS = 1_000_000_000L;

    private final List<RwPattern> patterns;
    private final List<RateLimits> limits;
    private final ReportUnits units;
    private CounterSnapshot[] previous;

    /** A status line for {@code jobs}, in job order. */
    public static StatusLine of(List<JobSpec> jobs) {
        List<RwPattern> patterns = jobs.stream().map(StatusLine::pattern).toList();
        List<RateLimits> limits = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            limits.add(RateLimits.of(jobs.get(i), patterns.get(i)));
        }
        return new StatusLine(patterns, limits, jobs.isEmpty() ? ReportUnits.DEFAULT : ReportUnits.of(jobs.get(0)));
    }

    /** A status line for jobs doing {@code patterns}, in job order, without pacing limits, in fio's default units. */
    StatusLine(List<RwPattern> patterns) {
        this(patterns, patterns.stream().map(p -> RateLimits.NONE).toList(), ReportUnits.DEFAULT);
    }

    /** A status line for jobs doing {@code patterns} with {@code limits} (both in job order), in {@code units}. */
    StatusLine(List<RwPattern> patterns, List<RateLimits> limits, ReportUnits units) {
        this.patterns = List.copyOf(patterns);
        this.limits = List.copyOf(limits);
        this.units = units;
    }

    private static RwPattern pattern(JobSpec job) {
        return job.value("rw", RwMode.class).map(RwMode::pattern)
                .orElseGet(() -> job.text("rw").flatMap(RwPattern::byName).orElse(RwPattern.READ));
    }

    /** The line for {@code jobs} (job order) after {@code runElapsedNanos} of run time. */
    public String next(List<JobProgress> jobs, long runElapsedNanos) {
        int running = 0;
        int files = 0;
        boolean allRamping = true;
        RateLimits runningLimits = RateLimits.NONE;
        char[] letters = new char[jobs.size()];
        for (int i = 0; i < jobs.size(); i++) {
            JobProgress job = jobs.get(i);
            if (job.state().running()) {
                running++;
                boolean ramping = job.state() == JobState.RAMP;
                allRamping &= ramping;
                if (!ramping) { // fio 3.33 during ramp_time: "Jobs: 1 (f=0): [/(1)]", no pacing limits
                    files += job.openFiles();
                    runningLimits = runningLimits.plus(i < limits.size() ? limits.get(i) : RateLimits.NONE);
                }
            }
            letters[i] = job.state().letter(i < patterns.size() ? patterns.get(i) : RwPattern.READ);
        }
        double[] bytesPerSecond = new double[DIRECTION_LETTERS.length];
        double[] iops = new double[DIRECTION_LETTERS.length];
        rates(jobs, bytesPerSecond, iops);
        StringBuilder line = new StringBuilder("Jobs: ").append(running).append(" (f=").append(files).append(')')
                .append(limitsPart(runningLimits, units));
        EtaEstimate eta = EtaEstimate.of(jobs, runElapsedNanos);
        if (!eta.known() || running == 0 || runElapsedNanos < DETAIL_AFTER_NANOS) {
            return line.toString();
        }
        String percent = allRamping ? "-.-%" : FioFormat.fixed(percentDone(runElapsedNanos, eta.seconds()), 1) + "%";
        line.append(": [").append(runString(letters)).append("][").append(percent).append(']');
        line.append(rateBrackets(bytesPerSecond, iops, units));
        line.append("[eta ").append(etaString(eta.seconds())).append(']');
        return line.toString();
    }

    // Sums each job's rates since its previous reading; remembers this reading.
    private void rates(List<JobProgress> jobs, double[] bytesPerSecond, double[] iops) {
        CounterSnapshot[] now = new CounterSnapshot[jobs.size()];
        for (int i = 0; i < now.length; i++) {
            now[i] = jobs.get(i).counters();
            CounterSnapshot before = previous != null && i < previous.length ? previous[i] : null;
            if (before == null || now[i].timeNanos() <= before.timeNanos()) {
                continue;
            }
            for (Direction d : Direction.values()) {
                bytesPerSecond[d.ordinal()] += Math.max(0, now[i].bytesPerSecondSince(before, d));
                iops[d.ordinal()] += Math.max(0, now[i].iopsSince(before, d));
            }
        }
        previous = now;
    }

    /**
     * The share done as fio shows it, from whole seconds: the run's elapsed seconds rounded up over those
     * plus the seconds left (2 s into a 6 s job: 3 of 7, "42.9%").
     */
    static double percentDone(long runElapsedNanos, long secondsLeft) {
        long elapsedSeconds = (runElapsedNanos + SECOND_NANOS - 1) / SECOND_NANOS;
        return elapsedSeconds + secondsLeft == 0 ? 100.0 : 100.0 * elapsedSeconds / (elapsedSeconds + secondsLeft);
    }

    /** ", 0B/s-512MiB/s" or ", 0-3000 IOPS" (bandwidth limits win); "" without limits. */
    static String limitsPart(RateLimits limits, ReportUnits units) {
        if (limits.limitsBandwidth()) {
            return ", " + units.rateLimit(limits.minBytesPerSecond()) + "-" + units.rateLimit(limits.maxBytesPerSecond());
        }
        if (limits.limitsIops()) {
            return ", " + limits.minIops() + "-" + limits.maxIops() + " IOPS";
        }
        return "";
    }

    /** "[r=..,w=..][r=..,w=.. IOPS]" for the directions that moved, rates in {@code units}; "" when none did. */
    static String rateBrackets(double[] bytesPerSecond, double[] iops, ReportUnits units) {
        StringBuilder rates = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        for (int d = 0; d < DIRECTION_LETTERS.length; d++) {
            long kib = (long) (bytesPerSecond[d] / 1024);
            long perSecond = (long) iops[d];
            if (kib == 0 && perSecond == 0) {
                continue;
            }
            String separator = rates.isEmpty() ? "" : ",";
            rates.append(separator).append(DIRECTION_LETTERS[d]).append('=')
                    .append(units.liveRate(kib));
            counts.append(separator).append(DIRECTION_LETTERS[d]).append('=')
                    .append(FioFormat.shorten(perSecond, 4, 1, false, FioFormat.Unit.NONE));
        }
        return rates.isEmpty() ? "" : "[" + rates + "][" + counts + " IOPS]";
    }

    /** The job letters with runs condensed: "r(2),_(1)". */
    static String runString(char[] letters) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < letters.length) {
            int j = i;
            while (j < letters.length && letters[j] == letters[i]) {
                j++;
            }
            runs.add(letters[i] + "(" + (j - i) + ")");
            i = j;
        }
        return String.join(",", runs);
    }

    /** fio's time left: "00m:06s", "01h:02m:03s", "01d:00h:00m:00s"; "--" when unknown. */
    static String etaString(long seconds) {
        if (seconds < 0) {
            return "--";
        }
        long s = seconds % 60;
        long m = seconds / 60 % 60;
        long h = seconds / 3600 % 24;
        long d = seconds / 86_400;
        StringBuilder out = new StringBuilder();
        if (d > 0) {
            out.append(String.format("%02dd:", d));
        }
        if (h > 0 || d > 0) {
            out.append(String.format("%02dh:", h));
        }
        return out.append(String.format("%02dm:%02ds", m, s)).toString();
    }
}
