package io.jfio.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.jfio.engine.nativeio.ThreadControl;
import io.jfio.engine.run.JobSettings;
import io.jfio.engine.run.JobSettingsReader;
import io.jfio.model.job.JobFileParser;
import io.jfio.model.job.JobResolver;

import org.junit.jupiter.api.Test;

/** A run whose job threads fill every CPU starts them below the window's threads; other runs are left alone. */
class JobThreadPriorityTest {

    private static final int CPUS = Runtime.getRuntime().availableProcessors();

    private static List<JobSettings> nullJobs(int numjobs, String extra) throws Exception {
        String text = "[n]\nioengine=null\nrw=randread\nsize=1m\nnumjobs=" + numjobs + "\n" + extra;
        return new JobSettingsReader().readAll(
                JobResolver.standard().resolve(JobFileParser.parse(text, "jobs.fio")).jobs(), new ArrayList<>());
    }

    /** Runs forRun on a fresh thread (it changes its caller's priority); returns its account and the nice after. */
    private static Object[] forRunOnAFreshThread(List<JobSettings> jobs) throws Exception {
        AtomicReference<Object[]> seen = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                int before = ThreadControl.nice();
                String account = JobThreadPriority.forRun(jobs);
                seen.set(new Object[] {account, ThreadControl.nice() - before});
            } catch (Exception e) {
                seen.set(new Object[] {e.toString(), -1});
            }
        }, "jfio-priority-test");
        thread.start();
        thread.join();
        return seen.get();
    }

    @Test
    void jobsFillEveryCpuWhenThereIsAJobThreadPerCpuOrMore() {
        assertFalse(JobThreadPriority.fillEveryCpu(1, 2));
        assertTrue(JobThreadPriority.fillEveryCpu(2, 2));
        assertTrue(JobThreadPriority.fillEveryCpu(9, 8));
        assertFalse(JobThreadPriority.fillEveryCpu(7, 8));
    }

    @Test
    void stepsOnlyWhenTheJobsFillEveryCpuAndNoJobSetsItsOwnNice() {
        assertEquals(0, JobThreadPriority.stepsFor(1, 2, false, 5), "a CPU is spare");
        assertEquals(5, JobThreadPriority.stepsFor(2, 2, false, 5));
        assertEquals(5, JobThreadPriority.stepsFor(8, 2, false, 5));
        assertEquals(0, JobThreadPriority.stepsFor(2, 2, true, 5), "a job's nice= keeps fio's meaning");
        assertEquals(0, JobThreadPriority.stepsFor(2, 2, false, 0), "turned off");
        assertEquals(0, JobThreadPriority.stepsFor(2, 2, false, -3), "never raised above the window");
    }

    @Test
    void jobsFillingEveryCpuRunTenStepsBelowTheirCaller() throws Exception {
        Object[] seen = forRunOnAFreshThread(nullJobs(CPUS, ""));
        assertEquals(JobThreadPriority.DEFAULT_NICE_STEPS, seen[1], String.valueOf(seen[0]));
        assertEquals(10, JobThreadPriority.DEFAULT_NICE_STEPS);
        assertTrue(((String) seen[0]).startsWith("job threads at nice "), String.valueOf(seen[0]));
    }

    @Test
    void aRunLeavingACpuSpareKeepsItsPriority() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(CPUS > 1, "needs two CPUs");
        Object[] seen = forRunOnAFreshThread(nullJobs(CPUS - 1, ""));
        assertEquals(0, seen[1]);
        assertEquals("job threads at the window's priority", seen[0]);
    }

    @Test
    void aJobThatSetsItsOwnNiceKeepsFiosMeaning() throws Exception {
        Object[] seen = forRunOnAFreshThread(nullJobs(CPUS, "nice=2\n"));
        assertEquals(0, seen[1]);
        assertEquals("job threads at the nice value their job sets", seen[0]);
    }
}
