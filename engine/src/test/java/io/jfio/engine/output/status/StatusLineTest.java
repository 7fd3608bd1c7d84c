package io.jfio.engine.output.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jfio.engine.output.ReportUnits;
import io.jfio.engine.stats.CounterSnapshot;
import io.jfio.model.job.CommandLineJobs;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.JobSpec;
import io.jfio.model.value.RwMode;
import io.jfio.model.value.RwPattern;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatusLineTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MIB = 1024 * 1024;

    static JobProgress job(JobState state, long atNanos, long readBytes, long readIos, long writeBytes, long writeIos,
                           long elapsedNanos, long plannedBytes, long timeLimitNanos) {
        CounterSnapshot counters = CounterSnapshot.of(atNanos, new long[] {readBytes, writeBytes, 0},
                new long[] {readIos, writeIos, 0});
        return new JobProgress("t", 1, 0, state, state.running() ? 1 : 0, counters, elapsedNanos, plannedBytes, 0,
                timeLimitNanos);
    }

    static JobProgress inGroup(int groupId, JobProgress job) {
        return new JobProgress(job.jobName(), job.jobIndex(), groupId, job.state(), job.openFiles(), job.counters(),
                job.elapsedNanos(), job.plannedBytes(), job.plannedIos(), job.timeLimitNanos());
    }

    @Test
    void runningJobShowsStateShareRatesAndTimeLeftAsFioDoes() {
        StatusLine line = new StatusLine(List.of(RwPattern.RANDREAD));
        line.next(List.of(job(JobState.RUNNING, 3 * SECOND, 1000 * MIB, 256_000, 0, 0, 3 * SECOND, 0, 10 * SECOND)),
                3 * SECOND);
        String text = line.next(List.of(job(JobState.RUNNING, 4 * SECOND, 1512 * MIB, 387_072, 0, 0, 4 * SECOND, 0,
                10 * SECOND)), 4 * SECOND);
        assertEquals("Jobs: 1 (f=1): [r(1)][40.0%][r=512MiB/s][r=131k IOPS][eta 00m:06s]", text);
    }

    @Test
    void withoutAnEstimateOnlyTheJobCountShows() {
        StatusLine line = new StatusLine(List.of(RwPattern.WRITE));
        assertEquals("Jobs: 1 (f=1)", line.next(List.of(job(JobState.RUNNING, SECOND, 0, 0, 0, 0, SECOND, 0, 0)),
                SECOND));
    }

    @Test
    void mixedJobsShowBothDirectionsCondensed() {
        StatusLine line = new StatusLine(List.of(RwPattern.RANDRW, RwPattern.RANDRW));
        List<JobProgress> before = List.of(job(JobState.RUNNING, SECOND, 0, 0, 0, 0, SECOND, 0, 3 * SECOND),
                job(JobState.RUNNING, SECOND, 0, 0, 0, 0, SECOND, 0, 3 * SECOND));
        line.next(before, SECOND);
        List<JobProgress> after = List.of(
                job(JobState.RUNNING, 2 * SECOND, 6 * 1024 * MIB, 1_578_000, 6 * 1024 * MIB, 1_577_000, 2 * SECOND, 0, 3 * SECOND),
                job(JobState.RUNNING, 2 * SECOND, 6 * 1024 * MIB, 1_578_000, 6 * 1024 * MIB, 1_577_000, 2 * SECOND, 0, 3 * SECOND));
        assertEquals("Jobs: 2 (f=2): [m(2)][66.7%][r=12.0GiB/s,w=12.0GiB/s][r=3156k,w=3154k IOPS][eta 00m:01s]",
                line.next(after, 2 * SECOND));
    }

    @Test
    void rampingJobsShowNoShareFilesOrLimitsYet() {
        // fio 3.33, ramp_time=2 rate=512m: "Jobs: 1 (f=0): [/(1)][-.-%][eta 00m:02s]"
        StatusLine line = new StatusLine(List.of(RwPattern.READ), List.of(new RateLimits(0, 512 * MIB, 0, 0)),
                ReportUnits.DEFAULT);
        assertEquals("Jobs: 1 (f=0): [/(1)][-.-%][eta 00m:09s]",
                line.next(List.of(job(JobState.RAMP, 2 * SECOND, 0, 0, 0, 0, 2 * SECOND, 0, 11 * SECOND)), 2 * SECOND));
    }

    @Test
    void finishedJobsAreNotCountedAndPendingGroupsAddTheirTimeLimit() {
        StatusLine line = new StatusLine(List.of(RwPattern.READ, RwPattern.WRITE, RwPattern.WRITE));
        List<JobProgress> jobs = List.of(job(JobState.DONE, 2 * SECOND, 0, 0, 0, 0, SECOND, 0, SECOND),
                job(JobState.RUNNING, 2 * SECOND, 0, 0, 0, 0, 2 * SECOND, 0, 3 * SECOND),
                inGroup(1, job(JobState.NOT_STARTED, 2 * SECOND, 0, 0, 0, 0, 0, 0, 10 * SECOND)));
        assertEquals("Jobs: 1 (f=1): [_(1),W(1),P(1)][15.4%][eta 00m:11s]", line.next(jobs, 2 * SECOND));
    }

    @Test
    void filesOfJobsSettingUpAreNotCounted() {
        StatusLine line = new StatusLine(List.of(RwPattern.READ, RwPattern.READ));
        JobProgress settingUp = job(JobState.INITIALIZED, SECOND, 0, 0, 0, 0, 0, 0, 10 * SECOND);
        JobProgress withFiles = new JobProgress("u", 2, 0, JobState.INITIALIZED, 4, settingUp.counters(), 0, 0, 0,
                10 * SECOND);
        assertEquals("Jobs: 0 (f=0)", line.next(List.of(settingUp, withFiles), SECOND));
    }

    @Test
    void letterFollowsThePattern() {
        assertEquals('R', JobState.RUNNING.letter(RwPattern.READ));
        assertEquals('r', JobState.RUNNING.letter(RwPattern.RANDREAD));
        assertEquals('w', JobState.RUNNING.letter(RwPattern.RANDWRITE));
        assertEquals('M', JobState.RUNNING.letter(RwPattern.READWRITE));
        assertEquals('d', JobState.RUNNING.letter(RwPattern.RANDTRIM));
        assertEquals('W', JobState.RUNNING.letter(RwPattern.TRIMWRITE));
        assertEquals('F', JobState.FSYNCING.letter(RwPattern.RANDREAD));
        assertEquals('X', JobState.FAILED.letter(RwPattern.READ));
    }

    @Test
    void runStringCondensesRepeats() {
        assertEquals("R(10),W(10)", StatusLine.runString("RRRRRRRRRRWWWWWWWWWW".toCharArray()));
        assertEquals("_(1),M(1)", StatusLine.runString("_M".toCharArray()));
        assertEquals("r(1),_(1),r(1)", StatusLine.runString("r_r".toCharArray()));
    }

    @Test
    void timeLeftIsWrittenAsFioWritesIt() {
        assertEquals("00m:06s", StatusLine.etaString(6));
        assertEquals("57m:36s", StatusLine.etaString(3456));
        assertEquals("01h:02m:03s", StatusLine.etaString(3723));
        assertEquals("01d:00h:01m:01s", StatusLine.etaString(86_461));
        // what fio 3.33 printed 2 s into runtime=2h, 30h and 50d jobs
        assertEquals("01h:59m:58s", StatusLine.etaString(7_198));
        assertEquals("01d:05h:59m:58s", StatusLine.etaString(107_998));
        assertEquals("49d:23h:59m:58s", StatusLine.etaString(4_319_998));
        assertEquals("--", StatusLine.etaString(-1));
    }

    @Test
    void sizeBoundJobTakesItsPaceSoFar() {
        // a quarter of 400 MiB in 2 s: 6 s left
        JobProgress job = job(JobState.RUNNING, 2 * SECOND, 100 * MIB, 25_600, 0, 0, 2 * SECOND, 400 * MIB, 0);
        assertEquals(6 * SECOND, job.nanosLeft());
        // a time limit that comes first wins
        JobProgress limited = job(JobState.RUNNING, 2 * SECOND, 100 * MIB, 25_600, 0, 0, 2 * SECOND, 400 * MIB,
                3 * SECOND);
        assertEquals(SECOND, limited.nanosLeft());
    }

    private static List<JobProgress> oneSecondOfReads(long mibPerSecond, long ios, long elapsedSeconds,
                                                      long limitSeconds, StatusLine line) {
        line.next(List.of(job(JobState.RUNNING, (elapsedSeconds - 1) * SECOND, 0, 0, 0, 0,
                (elapsedSeconds - 1) * SECOND, 0, limitSeconds * SECOND)), (elapsedSeconds - 1) * SECOND);
        return List.of(job(JobState.RUNNING, elapsedSeconds * SECOND, mibPerSecond * MIB, ios, 0, 0,
                elapsedSeconds * SECOND, 0, limitSeconds * SECOND));
    }

    @Test
    void bandwidthLimitsFollowTheJobCountAsFioShowsThem() {
        // fio 3.33, rw=read rate=512m runtime=6: "Jobs: 1 (f=1), 0B/s-512MiB/s: [R(1)][42.9%][r=510MiB/s]..."
        StatusLine line = new StatusLine(List.of(RwPattern.READ), List.of(new RateLimits(0, 512 * MIB, 0, 0)),
                ReportUnits.DEFAULT);
        assertEquals("Jobs: 1 (f=1), 0B/s-512MiB/s: [R(1)][42.9%][r=510MiB/s][r=131k IOPS][eta 00m:04s]",
                line.next(oneSecondOfReads(510, 130_560, 3, 7, line), 3 * SECOND));
    }

    @Test
    void firstTwoSecondsShowOnlyTheJobCountAndLimitsAsFioDoes() {
        // fio 3.33, 1 s into rate=512m: "Jobs: 1 (f=1), 0B/s-512MiB/s"; the brackets come from 2 s on
        StatusLine line = new StatusLine(List.of(RwPattern.READ), List.of(new RateLimits(0, 512 * MIB, 0, 0)),
                ReportUnits.DEFAULT);
        assertEquals("Jobs: 1 (f=1), 0B/s-512MiB/s", line.next(oneSecondOfReads(512, 131_072, 1, 6, line),
                StatusLine.DETAIL_AFTER_NANOS - 1));
    }

    @Test
    void shareDoneCountsWholeSecondsRoundedUpAsFioDoes() {
        assertEquals(3.0 / 7 * 100, StatusLine.percentDone(2_030_000_000L, 4), 1e-9); // fio: "[42.9%]...[eta 00m:04s]"
        assertEquals(100.0, StatusLine.percentDone(6_030_000_000L, 0), 1e-9);
        assertEquals(40.0, StatusLine.percentDone(4 * SECOND, 6), 1e-9);
    }

    @Test
    void timeLeftIsRoundedToTheNearestSecond() {
        // 2 s into a 6 s job that started 60 ms after the display: fio shows 4 s left
        JobProgress job = job(JobState.RUNNING, 2 * SECOND, 0, 0, 0, 0, 1_940_000_000L, 0, 6 * SECOND);
        assertEquals(4, EtaEstimate.of(List.of(job), 2 * SECOND).seconds());
        JobProgress nearlyDone = job(JobState.RUNNING, 6 * SECOND, 0, 0, 0, 0, 5_700_000_000L, 0, 6 * SECOND);
        assertEquals(0, EtaEstimate.of(List.of(nearlyDone), 6 * SECOND).seconds());
    }

    @Test
    void iopsLimitsShowAsPlainCountsWhenNoBandwidthLimitIsSet() {
        StatusLine line = new StatusLine(List.of(RwPattern.READ), List.of(new RateLimits(0, 0, 5, 100_000)),
                ReportUnits.DEFAULT);
        assertEquals("Jobs: 1 (f=1), 5-100000 IOPS", line.next(List.of(job(JobState.RUNNING, 2 * SECOND, 0, 0, 0, 0,
                2 * SECOND, 0, 0)), 2 * SECOND));
        assertEquals(", 10.0KiB/s-0B/s", StatusLine.limitsPart(new RateLimits(10_240, 0, 100, 200), ReportUnits.DEFAULT));
        assertEquals(", 1024B/s-0B/s", StatusLine.limitsPart(new RateLimits(1_024, 0, 0, 0), ReportUnits.DEFAULT));
    }

    @Test
    void limitsOfJobsThatAreNotRunningAreLeftOut() {
        StatusLine line = new StatusLine(List.of(RwPattern.READ, RwPattern.WRITE),
                List.of(new RateLimits(0, MIB, 0, 0), new RateLimits(0, 3 * MIB, 0, 0)), ReportUnits.DEFAULT);
        assertEquals("Jobs: 1 (f=1), 0B/s-3072KiB/s: [_(1),W(1)][50.0%][eta 00m:02s]", line.next(List.of(
                job(JobState.DONE, 2 * SECOND, 0, 0, 0, 0, SECOND, 0, SECOND),
                job(JobState.RUNNING, 2 * SECOND, 0, 0, 0, 0, 2 * SECOND, 0, 4 * SECOND)), 2 * SECOND));
    }

    @Test
    void kbBase1000ShowsTheKibFigureWithDecimalPrefixesAsFioDoes() {
        // fio 3.33, rate=1500000000 bs=1m kb_base=1000: "0B/s-1500MB/s: [R(1)]...[r=1465MB/s][r=1431 IOPS]"
        StatusLine line = new StatusLine(List.of(RwPattern.READ), List.of(new RateLimits(0, 1_500_000_000L, 0, 0)),
                new ReportUnits(1000, false));
        assertEquals("Jobs: 1 (f=1), 0B/s-1500MB/s: [R(1)][75.0%][r=1465MB/s][r=1431 IOPS][eta 00m:01s]",
                line.next(oneSecondOfReads(1431, 1431, 3, 4, line), 3 * SECOND));
    }

    @Test
    void unitBase1ShowsLiveRatesInBitsButLimitsInBytes() {
        double[] bytes = {1431.0 * MIB, 0, 0};
        double[] iops = {1430, 0, 0};
        assertEquals("[r=11.2Gibit/s][r=1430 IOPS]", StatusLine.rateBrackets(bytes, iops, new ReportUnits(1024, true)));
        assertEquals("[r=11.7Gbit/s][r=1430 IOPS]", StatusLine.rateBrackets(bytes, iops, new ReportUnits(1000, true)));
        assertEquals(", 0B/s-1431MiB/s", StatusLine.limitsPart(new RateLimits(0, 1431 * MIB, 0, 0),
                new ReportUnits(1024, true)));
    }

    @Test
    void limitsAddUpOverTheDirectionsTheJobDoes() {
        assertEquals(new RateLimits(0, 2 * MIB, 0, 0), limitsOf("--name=t --rw=randrw --rate=1m"));
        assertEquals(new RateLimits(0, 3 * MIB, 0, 0), limitsOf("--name=t --rw=write --rate=1m,3m"));
        assertEquals(new RateLimits(0, MIB, 0, 0), limitsOf("--name=t --rw=randtrim --rate=1m"));
        assertEquals(new RateLimits(10 * 1024, 0, 0, 3000), limitsOf("--name=t --rw=randrw --rate_iops=1000,2000 "
                + "--rate_min=10k,0"));
        assertEquals(RateLimits.NONE, limitsOf("--name=t --rw=read"));
    }

    private static RateLimits limitsOf(String commandLine) {
        JobSpec spec = JobResolver.standard().resolve(List.of(CommandLineJobs.toJobFile(
                Arrays.asList(commandLine.split(" "))))).jobs().get(0);
        return RateLimits.of(spec, spec.value("rw", RwMode.class).map(RwMode::pattern).orElse(RwPattern.READ));
    }
}
