package io.jfio.engine.output.status;

import static io.jfio.engine.output.Fixtures.direction;
import static io.jfio.engine.output.Fixtures.environment;
import static io.jfio.engine.output.Fixtures.job;
import static io.jfio.engine.output.Fixtures.latency;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfio.engine.output.JsonShape;
import io.jfio.engine.output.ReportFormat;
import io.jfio.engine.output.Reports;
import io.jfio.engine.stats.CounterSnapshot;
import io.jfio.model.job.CommandLineJobs;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.JobSpec;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.RateSummary;
import io.jfio.model.result.RunResult;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The display driven tick by tick with made-up times: no clock, no thread. */
class StatusReporterTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MIB = 1024 * 1024;

    private static final List<JobSpec> JOBS = JobResolver.standard().resolve(List.of(CommandLineJobs.toJobFile(
            Arrays.asList("--name=t --ioengine=null --rw=randread --runtime=10 --time_based".split(" "))))).jobs();

    /** A runner that reads 512 MiB/s for ten seconds. */
    private static final class FakeRun implements StatusSource {
        long nowNanos;
        final List<IntervalSample> pendingWindows = new ArrayList<>();
        int snapshots;

        @Override
        public List<JobProgress> progress() {
            long bytes = nowNanos / SECOND * 512 * MIB;
            CounterSnapshot counters = CounterSnapshot.of(nowNanos, new long[] {bytes, 0, 0},
                    new long[] {bytes / 4096, 0, 0});
            return List.of(new JobProgress("t", 1, 0, JobState.RUNNING, 1, counters, nowNanos, 0, 0, 10 * SECOND));
        }

        @Override
        public RunResult snapshot() {
            snapshots++;
            long bytes = nowNanos / SECOND * 512 * MIB;
            return new RunResult(List.of(job("t").direction(direction(Direction.READ, bytes, bytes / 4096,
                    nowNanos / 1_000_000, latency(bytes / 4096, 10, 90, 40, 5), latency(bytes / 4096, 20, 99, 50, 5),
                    LatencySummary.EMPTY, RateSummary.EMPTY, RateSummary.EMPTY)).build()), List.of(), 0, Map.of(), false);
        }

        @Override
        public List<IntervalSample> drainWindows() {
            List<IntervalSample> out = List.copyOf(pendingWindows);
            pendingWindows.clear();
            return out;
        }
    }

    private static IntervalSample window(long startSecond, long bytes) {
        DirectionWindow read = new DirectionWindow(Direction.READ, bytes, bytes / 4096, 0, 0, 4096,
                latency(bytes / 4096, 10, 90, 40, 5), latency(bytes / 4096, 20, 99, 50, 5), LatencySummary.EMPTY, null);
        return new IntervalSample("t", 1, startSecond * SECOND, startSecond * SECOND + SECOND / 2, false, List.of(read));
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final FakeRun run = new FakeRun();

    private StatusReporter reporter(StatusSettings settings, Set<ReportFormat> formats) {
        Reports reports = new Reports(environment(1, "2026-11-25T14:11:12"), formats, JOBS);
        return new StatusReporter(run, JOBS, settings, reports, out, out, 0);
    }

    private void tickAt(StatusReporter reporter, long nanos) {
        run.nowNanos = nanos;
        reporter.tick(nanos);
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void statusLineIsRewrittenInPlaceEveryInterval() {
        StatusReporter reporter = reporter(new StatusSettings(true, SECOND, 0, 0), EnumSet.of(ReportFormat.NORMAL));
        tickAt(reporter, SECOND / 2);
        assertEquals("", printed());
        tickAt(reporter, SECOND);
        tickAt(reporter, 2 * SECOND);
        assertEquals("Jobs: 1 (f=1)\r" // fio shows no more in the first two seconds
                + "Jobs: 1 (f=1): [r(1)][20.0%][r=512MiB/s][r=131k IOPS][eta 00m:08s]\r", printed());
    }

    @Test
    void etaNewlineEndsALineWhenItsPeriodPassed() {
        StatusReporter reporter = reporter(new StatusSettings(true, SECOND, 2 * SECOND, 0), EnumSet.of(ReportFormat.NORMAL));
        tickAt(reporter, SECOND);
        tickAt(reporter, 2 * SECOND);
        tickAt(reporter, 3 * SECOND);
        String[] endings = printed().replaceAll("[^\r\n]", "").split("");
        assertEquals(List.of("\r", "\n", "\r"), Arrays.asList(endings));
    }

    @Test
    void shorterLineIsPaddedOverTheLongerOne() {
        StatusReporter reporter = reporter(new StatusSettings(true, SECOND, 0, 0), EnumSet.of(ReportFormat.NORMAL));
        tickAt(reporter, SECOND);
        tickAt(reporter, 2 * SECOND); // longer: it has rates
        long before = printed().length();
        reporter.tick(3 * SECOND); // the run stalls: same counters, no rates, a shorter line
        String last = printed().substring((int) before);
        assertEquals("Jobs: 1 (f=1): [r(1)][20.0%][r=512MiB/s][r=131k IOPS][eta 00m:08s]".length() + 1, last.length());
        assertTrue(last.endsWith("   \r"), last);
    }

    @Test
    void periodicJsonReportCarriesTheWindowsSinceTheLastOne() {
        StatusReporter reporter = reporter(new StatusSettings(false, SECOND, 0, SECOND), EnumSet.of(ReportFormat.JSON));
        run.pendingWindows.add(window(0, 256 * MIB));
        run.pendingWindows.add(window(1, 0));
        tickAt(reporter, SECOND / 2);
        assertEquals("", printed());
        tickAt(reporter, SECOND);
        String first = printed();
        assertEquals(1, run.snapshots);
        assertTrue(first.contains("\"interval\" : {\n        \"start_ms\" : 0,\n        \"end_ms\" : 1500,\n"
                + "        \"windows\" : 2,\n        \"read\" : {\n          \"io_bytes\" : 268435456,\n"), first);
        run.pendingWindows.add(window(2, 128 * MIB));
        tickAt(reporter, 2 * SECOND);
        String second = printed().substring(first.length());
        assertTrue(second.contains("\"io_bytes\" : 134217728,\n"), second);
        assertEquals(2, JsonShape.documents(printed()).size());
    }

    @Test
    void periodicNormalReportFollowsTheStatusLineOnItsOwnLine() {
        StatusReporter reporter = reporter(new StatusSettings(true, SECOND, 0, 2 * SECOND), EnumSet.of(ReportFormat.NORMAL));
        tickAt(reporter, SECOND);
        tickAt(reporter, 2 * SECOND);
        String text = printed();
        assertTrue(text.contains("[eta 00m:08s]\r\nt: (groupid=0, jobs=1): err= 0: pid=1: "), text);
    }

    @Test
    void closeEndsAPendingLineBeforeAJsonReport() {
        StatusReporter reporter = reporter(new StatusSettings(true, SECOND, 0, 0), EnumSet.of(ReportFormat.JSON));
        tickAt(reporter, 2 * SECOND);
        reporter.close();
        assertTrue(printed().endsWith("[eta 00m:08s]\r\n"), printed());
    }

    @Test
    void closeLeavesTheLineToTheNormalReportsOpeningNewline() {
        StatusReporter reporter = reporter(new StatusSettings(true, SECOND, 0, 0), EnumSet.of(ReportFormat.NORMAL));
        tickAt(reporter, 2 * SECOND);
        reporter.close();
        assertTrue(printed().endsWith("[eta 00m:08s]\r"), printed());
    }

    @Test
    void displayWithNothingToShowStartsNoThread() {
        Reports reports = new Reports(environment(1, "2026-11-25T14:11:12"), EnumSet.of(ReportFormat.NORMAL), JOBS);
        StatusReporter reporter = StatusReporter.start(run, JOBS, StatusSettings.OFF, reports, out, out);
        reporter.close();
        assertEquals("", printed());
        assertEquals(0, run.snapshots);
    }

    @Test
    void aFailingSourceStopsTheDisplayButNotTheCaller() {
        StatusSource broken = new StatusSource() {
            @Override
            public List<JobProgress> progress() {
                throw new IllegalStateException("runner bug");
            }

            @Override
            public RunResult snapshot() {
                throw new IllegalStateException("runner bug");
            }
        };
        Reports reports = new Reports(environment(1, "2026-11-25T14:11:12"), EnumSet.of(ReportFormat.NORMAL), JOBS);
        StatusReporter reporter = new StatusReporter(broken, JOBS, new StatusSettings(true, SECOND, 0, 0), reports,
                out, out, 0);
        reporter.loop(() -> SECOND); // the first status line is due: the source throws, the loop ends
        reporter.close();
        assertEquals("runner bug", reporter.failure().orElseThrow().getMessage());
        assertEquals("", printed());
    }
}
