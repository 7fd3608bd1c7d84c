package io.jfio.engine.nativeio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** Affinity and I/O priority apply to the calling thread only (each test uses a thread of its own). */
class ThreadControlTest {

    private static <T> T onFreshThread(ThrowingSupplier<T> body) throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                result.set(body.get());
            } catch (Exception e) {
                result.set(e);
            }
        });
        thread.start();
        thread.join();
        if (result.get() instanceof Exception e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result.get();
        return value;
    }

    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    @Test
    void affinityToOneCpuIsReadBack() throws Exception {
        BitSet original = ThreadControl.affinity();
        int cpu = original.nextSetBit(0);
        BitSet only = new BitSet();
        only.set(cpu);
        BitSet seen = onFreshThread(() -> {
            ThreadControl.setAffinity(only);
            return ThreadControl.affinity();
        });
        assertEquals(only, seen);
        assertEquals(original, ThreadControl.affinity(), "the test thread itself is untouched");
    }

    @Test
    void ioPriorityClassAndLevelAreReadBack() throws Exception {
        int seen = onFreshThread(() -> {
            ThreadControl.setIoPriority(ThreadControl.IOPRIO_CLASS_BE, 5);
            return ThreadControl.ioPriority();
        });
        assertEquals((ThreadControl.IOPRIO_CLASS_BE << 13) | 5, seen);
    }

    @Test
    void addNiceRaisesTheCallingThreadOnly() throws Exception {
        int before = ThreadControl.nice();
        int[] seen = onFreshThread(() -> new int[] {ThreadControl.addNice(4), ThreadControl.nice(), procNice()});
        assertEquals(Math.min(19, before + 4), seen[0]);
        assertEquals(seen[0], seen[1]);
        assertEquals(seen[0], seen[2], "/proc agrees");
        assertEquals(before, ThreadControl.nice(), "the test thread itself is untouched");
    }

    @Test
    void addNiceClampsAtNineteenAsNiceDoes() throws Exception {
        int seen = onFreshThread(() -> ThreadControl.addNice(100));
        assertEquals(19, seen);
    }

    @Test
    void setNiceOfNamesAnotherThreadById() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        AtomicReference<Integer> tid = new AtomicReference<>();
        AtomicReference<Integer> niceSeenByTarget = new AtomicReference<>();
        Thread target = new Thread(() -> {
            tid.set((int) Syscalls.call(Syscalls.SYS_GETTID, 0, 0, 0, 0, 0, 0));
            started.countDown();
            try {
                done.await();
                niceSeenByTarget.set(ThreadControl.nice());
            } catch (Exception e) {
                niceSeenByTarget.set(Integer.MIN_VALUE);
            }
        });
        target.start();
        started.await();
        int before = ThreadControl.nice();
        ThreadControl.setNiceOf(tid.get(), 12);
        assertEquals(12, ThreadControl.niceOf(tid.get()));
        done.countDown();
        target.join();
        assertEquals(12, niceSeenByTarget.get());
        assertEquals(before, ThreadControl.nice(), "the caller is untouched");
    }

    @Test
    void niceOutsideRangeIsRefusedBeforeAnyCall() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ThreadControl.setNiceOf(0, 20));
        assertEquals("nice value 20 (-20 to 19)", e.getMessage());
    }

    /** Field 19 of /proc/thread-self/stat (after the parenthesised name): the nice value. */
    private static int procNice() throws java.io.IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }

    @Test
    void affinityToNonexistentCpuIsRefusedWithMessage() throws Exception {
        BitSet impossible = new BitSet();
        impossible.set(1000);
        String message = onFreshThread(() -> {
            try {
                ThreadControl.setAffinity(impossible);
                return "accepted";
            } catch (NativeIoException expected) {
                return expected.getMessage();
            }
        });
        assertEquals("sched_setaffinity {1000}: Invalid argument", message);
    }
}
