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
