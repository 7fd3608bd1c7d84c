package io.jfio.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfio.engine.output.status.JobProgress;
import io.jfio.engine.output.status.JobState;
import io.jfio.model.result.Direction;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.RunResult;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner as a status display sees it, read from another thread while the jobs run. */
class RunnerStatusSourceTest {

    private static final String JOB = "[s]\nioengine=null\nrw=randread\nsize=1m\ntime_based\nruntime=RUNTIME\n"
            + "bwavgtime=100\niopsavgtime=100\n";

    private static JobRunner runner(boolean statusWindows) {
        return runner(statusWindows, "1200ms");
    }

    private static JobRunner runner(boolean statusWindows, String runtime) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        return new JobRunner(TestRuns.settings(JOB.replace("RUNTIME", runtime)), JobRunner.RunOptions.defaults().withSignals(false)
                .withProgress(quiet).withStatusWindows(statusWindows));
    }

    private static void awaitRunning(JobRunner runner) throws InterruptedException {
        while (runner.progress().isEmpty() || runner.progress().get(0).state() != JobState.RUNNING) {
            Thread.sleep(10);
        }
    }

    @Test
    void drainedWindowsAddUpToTheJobsBytes() throws Exception {
        try (JobRunner runner = runner(true)) {
            CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(runner::run);
            awaitRunning(runner);
            List<IntervalSample> windows = new ArrayList<>();
            while (!run.isDone()) {
                windows.addAll(runner.drainWindows());
                Thread.sleep(50);
            }
            RunResult result = run.get(10, TimeUnit.SECONDS);
            windows.addAll(runner.drainWindows());
            long drained = windows.stream().mapToLong(w -> w.direction(Direction.READ).bytes()).sum();
            assertEquals(TestRuns.stats(result, 0, Direction.READ).bytes(), drained);
            assertTrue(windows.stream().allMatch(w -> w.jobIndex() == 1));
            assertTrue(windows.size() >= 10, "windows: " + windows.size()); // 100 ms windows
        }
    }

    @Test
    void jobGoesThroughFiosRunStatesInOrder(@TempDir Path dir) {
        List<JobState> states = Collections.synchronizedList(new ArrayList<>());
        RunListener listener = new RunListener() {
            @Override
            public void jobStateChanged(JobProgress job, JobState state) {
                states.add(state);
            }
        };
        TestRuns.run("[st]\nioengine=psync\nrw=write\nbs=4k\nsize=256k\npre_read=1\nend_fsync=1\nramp_time=1ms\n"
                + "time_based\nruntime=50ms\n"
                + "directory=" + dir + "\n", listener);
        assertEquals(List.of(JobState.INITIALIZED, JobState.PRE_READING, JobState.RAMP, JobState.RUNNING,
                JobState.FSYNCING, JobState.FINISHING, JobState.DONE), states);
    }

    @Test
    void withoutStatusWindowsNothingIsDrained() throws Exception {
        try (JobRunner runner = runner(false)) {
            runner.run();
            assertEquals(List.of(), runner.drainWindows());
        }
    }

    @Test
    void snapshotWhileRunningHoldsPartOfTheFinalFigures() throws Exception {
        try (JobRunner runner = runner(false, "2s")) {
            CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(runner::run);
            awaitRunning(runner);
            Thread.sleep(300);
            RunResult interim = runner.snapshot();
            JobProgress progress = runner.progress().get(0);
            RunResult result = run.get(10, TimeUnit.SECONDS);
            long interimBytes = interim.jobs().get(0).stats().direction(Direction.READ).bytes();
            long finalBytes = TestRuns.stats(result, 0, Direction.READ).bytes();
            assertTrue(interimBytes > 0 && interimBytes < finalBytes, interimBytes + " of " + finalBytes);
            assertTrue(interim.jobs().get(0).runtimeMillis() >= 300, "runtime " + interim.jobs().get(0).runtimeMillis());
            assertTrue(interim.jobs().get(0).runtimeMillis() < result.jobs().get(0).runtimeMillis());
            assertEquals(1, progress.openFiles());
            assertTrue(progress.percentDone() >= 15 && progress.percentDone() < 100, "done " + progress.percentDone());
        }
    }
}
