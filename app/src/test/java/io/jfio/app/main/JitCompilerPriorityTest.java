package io.jfio.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import io.jfio.engine.nativeio.Syscalls;
import io.jfio.engine.nativeio.ThreadControl;

import org.junit.jupiter.api.Test;

/** The JIT compiler threads are reniced by name; other threads keep their priority. */
class JitCompilerPriorityTest {

    @Test
    void onlyTheJitCompilersAreReniced() {
        assertTrue(JitCompilerPriority.isJitCompilerThread("C2 CompilerThre"));
        assertTrue(JitCompilerPriority.isJitCompilerThread("C1 CompilerThre"));
        assertFalse(JitCompilerPriority.isJitCompilerThread("QuantumRenderer"), "the FX thread waits for it");
        assertFalse(JitCompilerPriority.isJitCompilerThread("JavaFX Applicat"), "it starts the run's thread");
        assertFalse(JitCompilerPriority.isJitCompilerThread("jfio-null-randr"), "an engine worker");
        assertFalse(JitCompilerPriority.isJitCompilerThread("jfio-gui-run"));
    }

    @Test
    void restoreLowersTheNamedThreadsBackToTheGivenValue() throws Exception {
        try (Parked niced = new Parked("jfio-nicetest-c"); Parked other = new Parked("jfio-othertest")) {
            int own = ThreadControl.nice();
            ThreadControl.setNiceOf(niced.threadId(), 10);
            ThreadControl.setNiceOf(other.threadId(), 10);
            List<Integer> changed = JitCompilerPriority.restore(Path.of("/proc/self/task"),
                    name -> name.startsWith("jfio-nicetest"), own);
            assertEquals(List.of(niced.threadId()), changed);
            assertEquals(own, ThreadControl.niceOf(niced.threadId()));
            assertEquals(10, ThreadControl.niceOf(other.threadId()));
        }
    }

    @Test
    void aRunWhoseJobsFillEveryCpuLeavesTheCompilersAtTheJvmsOwnNice() throws Exception {
        int cpus = Runtime.getRuntime().availableProcessors();
        String account = JitCompilerPriority.forRun(cpus);
        assertTrue(account.endsWith("back at nice " + ThreadControl.nice() + " (" + cpus + " job threads for " + cpus
                + " CPUs)"), account);
        List<Integer> compilers = compilerNiceValues();
        assertFalse(compilers.isEmpty(), "this JVM has JIT compiler threads");
        int own = ThreadControl.nice();
        assertTrue(compilers.stream().allMatch(nice -> nice == own), compilers + " against the JVM's " + own);
    }

    private static List<Integer> compilerNiceValues() throws Exception {
        List<Integer> values = new java.util.ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> tasks = java.nio.file.Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    if (JitCompilerPriority.isJitCompilerThread(java.nio.file.Files.readString(task.resolve("comm")).strip())) {
                        values.add(ThreadControl.niceOf(Integer.parseInt(task.getFileName().toString())));
                    }
                } catch (java.nio.file.NoSuchFileException ended) {
                    // a thread that ended while listed
                } catch (io.jfio.engine.nativeio.NativeIoException e) {
                    if (e.errorNumber() != io.jfio.engine.nativeio.Errno.ESRCH) {
                        throw e; // else it ended between its name and its nice value
                    }
                }
            }
        }
        return values;
    }

    @Test
    void reniceRaisesTheNamedThreadsOnly() throws Exception {
        try (Parked first = new Parked("jfio-nicetest-a"); Parked other = new Parked("jfio-othertest")) {
            int callerBefore = ThreadControl.nice();
            List<Integer> changed = JitCompilerPriority.renice(Path.of("/proc/self/task"),
                    name -> name.startsWith("jfio-nicetest"), 10);
            assertEquals(List.of(first.threadId()), changed);
            assertEquals(10, ThreadControl.niceOf(first.threadId()));
            assertEquals(callerBefore, ThreadControl.niceOf(other.threadId()));
            assertEquals(callerBefore, ThreadControl.nice());
        }
    }

    @Test
    void reniceNeverLowersAThreadAlreadyNicer() throws Exception {
        try (Parked nicer = new Parked("jfio-nicetest-b")) {
            ThreadControl.setNiceOf(nicer.threadId(), 15);
            List<Integer> changed = JitCompilerPriority.renice(Path.of("/proc/self/task"),
                    name -> name.startsWith("jfio-nicetest"), 10);
            assertEquals(List.of(), changed);
            assertEquals(15, ThreadControl.niceOf(nicer.threadId()));
        }
    }

    /** A thread of a given name that waits until closed, and its Linux thread id. */
    private static final class Parked implements AutoCloseable {
        private final CountDownLatch started = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private final AtomicInteger threadId = new AtomicInteger();
        private final Thread thread;

        Parked(String name) throws InterruptedException {
            thread = new Thread(() -> {
                threadId.set((int) Syscalls.call(Syscalls.SYS_GETTID, 0, 0, 0, 0, 0, 0));
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name);
            thread.start();
            started.await();
        }

        int threadId() {
            return threadId.get();
        }

        @Override
        public void close() throws InterruptedException {
            release.countDown();
            thread.join();
        }
    }
}
