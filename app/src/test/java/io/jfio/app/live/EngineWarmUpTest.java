package io.jfio.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The engine's throwaway warm-up run: it does I/O in the null engine only, touches no file, and stops when asked. */
class EngineWarmUpTest {

    private static List<Path> workingDirectory() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("").toAbsolutePath())) {
            return files.sorted().toList();
        }
    }

    @Test
    void aShortWarmUpCompletesNullIosAndLeavesNoFileBehind() throws Exception {
        List<Path> before = workingDirectory();
        EngineWarmUp warmUp = EngineWarmUp.start(200);
        assertTrue(waitForEnd(warmUp), "a 200 ms warm-up ends by itself");
        assertNull(warmUp.failure());
        long completedIos = warmUp.completedIosByJob().values().stream().mapToLong(Long::longValue).sum();
        assertTrue(completedIos > 10_000, completedIos + " I/Os in 200 ms of the null engine");
        assertEquals(before, workingDirectory());
    }

    @Test
    void aWarmUpRunsAMixedARandomReadAndASequentialWriteJobTogether() throws Exception {
        EngineWarmUp warmUp = EngineWarmUp.start(300);
        assertTrue(waitForEnd(warmUp), "a 300 ms warm-up ends by itself");
        assertNull(warmUp.failure());
        Map<String, Long> completed = warmUp.completedIosByJob();
        assertEquals(List.of("jfio-warm-up-mixed", "jfio-warm-up-random-reads", "jfio-warm-up-sequential-writes"),
                List.copyOf(completed.keySet()));
        // each shape has run long enough for the JIT to profile it, whichever thread the scheduler favoured
        completed.forEach((job, ios) -> assertTrue(ios > 1_000, job + " completed only " + ios + " I/Os"));
    }

    @Test
    void stopEndsAMinuteLongWarmUpAtOnce() throws Exception {
        EngineWarmUp warmUp = EngineWarmUp.start(60_000);
        assertTrue(warmUp.stopAndAwait(30_000), "stopped long before its minute");
        assertTrue(warmUp.isDone());
        assertNull(warmUp.failure());
    }

    @Test
    void aWarmUpNeedsAPositiveRuntime() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EngineWarmUp.start(0));
        assertEquals("runtime must be positive: 0 ms", e.getMessage());
    }

    private static boolean waitForEnd(EngineWarmUp warmUp) throws InterruptedException {
        for (int i = 0; i < 3000 && !warmUp.isDone(); i++) {
            Thread.sleep(10);
        }
        return warmUp.isDone();
    }
}
