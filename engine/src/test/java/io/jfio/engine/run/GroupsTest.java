package io.jfio.engine.run;

import io.jfio.engine.output.status.JobProgress;
import io.jfio.engine.output.status.JobState;
import io.jfio.model.result.Direction;
import io.jfio.model.result.RunResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** stonewall, wait_for and exitall decide when jobs start and stop. */
class GroupsTest {

    /** Job state changes in the order they happened. */
    private static final class StateLog implements RunListener {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void jobStateChanged(JobProgress job, JobState state) {
            events.add(job.jobName() + ":" + state);
        }

        int indexOf(String event) {
            int i = events.indexOf(event);
            assertTrue(i >= 0, event + " missing from " + events);
            return i;
        }
    }

    private static final String SHORT = "ioengine=null\nrw=read\nsize=1m\ntime_based\nruntime=300ms\n";

    @Test
    void aStonewalledJobStartsAfterTheGroupBeforeItEnds() {
        StateLog log = new StateLog();
        TestRuns.run("[a]\n" + SHORT + "[b]\nstonewall\n" + SHORT, log);
        assertTrue(log.indexOf("a:DONE") < log.indexOf("b:INITIALIZED"), log.events.toString());
    }

    @Test
    void jobsWithoutStonewallRunTogether() {
        StateLog log = new StateLog();
        TestRuns.run("[a]\n" + SHORT + "[b]\n" + SHORT, log);
        assertTrue(log.indexOf("b:INITIALIZED") < log.indexOf("a:DONE"), log.events.toString());
    }

    @Test
    void newGroupStartsAReportingGroupWithoutWaiting() {
        StateLog log = new StateLog();
        RunResult result = TestRuns.run("[a]\n" + SHORT + "[b]\nnew_group\n" + SHORT, log);
        // fio 3.33: groupid 0 and 1, and both jobs run at once
        assertEquals(0, result.jobs().get(0).groupId());
        assertEquals(1, result.jobs().get(1).groupId());
        assertTrue(log.indexOf("b:INITIALIZED") < log.indexOf("a:DONE"), log.events.toString());
    }

    @Test
    void startdelayHoldsTheJobBackAtLeastThatLong() {
        long[] initialized = new long[1];
        long before = System.nanoTime();
        RunResult result = TestRuns.run("[d]\nioengine=null\nrw=read\nsize=64k\nstartdelay=300ms\n", new RunListener() {
            @Override
            public void jobStateChanged(JobProgress job, JobState state) {
                if (state == JobState.INITIALIZED) {
                    initialized[0] = System.nanoTime();
                }
            }
        });
        assertEquals(16, result.jobs().get(0).stats().direction(Direction.READ).ios());
        assertTrue(initialized[0] - before >= 300_000_000L, "started after " + (initialized[0] - before) + " ns");
    }

    @Test
    void waitForHoldsAJobUntilItsWaiteeEnds() {
        StateLog log = new StateLog();
        TestRuns.run("[a]\n" + SHORT + "[b]\nwait_for=a\n" + SHORT, log);
        assertTrue(log.indexOf("a:DONE") < log.indexOf("b:INITIALIZED"), log.events.toString());
    }

    @Test
    void waitForANameDefinedLaterIsRefused() {
        JobSetupException e = org.junit.jupiter.api.Assertions.assertThrows(JobSetupException.class,
                () -> TestRuns.run("[a]\nwait_for=b\n" + SHORT + "[b]\n" + SHORT));
        assertEquals("job 'a': wait_for=b names no job defined before it", e.getMessage());
    }

    @Test
    void exitallStopsTheOtherJobsOfTheGroupWhenOneEnds() {
        RunResult result = TestRuns.run("[quick]\nioengine=null\nrw=read\nsize=1m\nexitall\n"
                + "[long]\nioengine=null\nrw=read\nsize=1m\ntime_based\nruntime=60s\nrate_iops=100\n");
        assertEquals("", result.jobs().get(1).errorMessage());
        assertTrue(result.jobs().get(1).runtimeMillis() < 30_000, "the 60 s job was not stopped");
    }

    @Test
    void exitWhatAllAlsoSkipsLaterGroups() {
        RunResult result = TestRuns.run("[quick]\nioengine=null\nrw=read\nsize=1m\nexitall\nexit_what=all\n"
                + "[long]\nioengine=null\nrw=read\nsize=1m\ntime_based\nruntime=60s\nrate_iops=100\n"
                + "[later]\nstonewall\nioengine=null\nrw=read\nsize=1m\n");
        assertEquals(0, result.jobs().get(2).stats().direction(Direction.READ).ios());
        assertEquals(256, result.jobs().get(0).stats().direction(Direction.READ).ios());
    }
}
