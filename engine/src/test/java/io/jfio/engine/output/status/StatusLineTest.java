package io.jfio.engine.output.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jfio.engine.stats.CounterSnapshot;
import io.jfio.model.value.RwPattern;

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
    void rampingJobsShowNoShareYet() {
        StatusLine line = new StatusLine(List.of(RwPattern.READ));
        assertEquals("Jobs: 1 (f=1): [/(1)][-.-%][eta 00m:09s]",
                line.next(List.of(job(JobState.RAMP, SECOND, 0, 0, 0, 0, SECOND, 0, 10 * SECOND)), SECOND));
    }

    @Test
    void finishedJobsAreNotCountedAndPendingGroupsAddTheirTimeLimit() {
        StatusLine line = new StatusLine(List.of(RwPattern.READ, RwPattern.WRITE, RwPattern.WRITE));
        List<JobProgress> jobs = List.of(job(JobState.DONE, SECOND, 0, 0, 0, 0, SECOND, 0, SECOND),
                job(JobState.RUNNING, SECOND, 0, 0, 0, 0, SECOND, 0, 3 * SECOND),
                inGroup(1, job(JobState.NOT_STARTED, SECOND, 0, 0, 0, 0, 0, 0, 10 * SECOND)));
        assertEquals("Jobs: 1 (f=1): [_(1),W(1),P(1)][7.7%][eta 00m:12s]", line.next(jobs, SECOND));
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
}
