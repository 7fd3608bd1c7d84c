package io.jfio.engine.nativeio;

import java.util.BitSet;

/**
 * Per-thread scheduling controls: CPU affinity (sched_setaffinity, for {@code cpus_allowed}) and
 * I/O priority (ioprio_set, for {@code prio}/{@code prioclass}). Each call acts on the calling
 * thread only, so call it from the worker thread it is meant for.
 */
public final class ThreadControl {

    /** Bytes of the affinity mask passed to the kernel: room for 1024 CPUs, as glibc's cpu_set_t. */
    private static final int MASK_BYTES = 128;
    private static final int IOPRIO_WHO_PROCESS = 1;
    private static final int IOPRIO_CLASS_SHIFT = 13;

    /** I/O scheduling classes (fio's prioclass values). */
    public static final int IOPRIO_CLASS_NONE = 0;
    public static final int IOPRIO_CLASS_RT = 1;
    public static final int IOPRIO_CLASS_BE = 2;
    public static final int IOPRIO_CLASS_IDLE = 3;

    private ThreadControl() {
    }

    /** Restricts the calling thread to {@code cpus} (bit i = CPU i). */
    public static void setAffinity(BitSet cpus) throws NativeIoException {
        if (cpus.isEmpty()) {
            throw new IllegalArgumentException("empty CPU set");
        }
        if (cpus.length() > MASK_BYTES * 8) {
            throw new IllegalArgumentException("CPU " + (cpus.length() - 1) + " beyond " + (MASK_BYTES * 8));
        }
        long mask = NativeMemory.allocateZeroed(MASK_BYTES);
        try {
            long[] words = cpus.toLongArray();
            for (int i = 0; i < words.length; i++) {
                NativeMemory.putLong(mask + 8L * i, words[i]);
            }
            if (LibC.sched_setaffinity(0, MASK_BYTES, mask) != 0) {
                throw NativeIoException.of("sched_setaffinity " + cpus, Errno.last());
            }
        } finally {
            NativeMemory.free(mask);
        }
    }

    /** The calling thread's CPU set. */
    public static BitSet affinity() throws NativeIoException {
        long mask = NativeMemory.allocateZeroed(MASK_BYTES);
        try {
            if (LibC.sched_getaffinity(0, MASK_BYTES, mask) != 0) {
                throw NativeIoException.of("sched_getaffinity", Errno.last());
            }
            long[] words = new long[MASK_BYTES / 8];
            for (int i = 0; i < words.length; i++) {
                words[i] = NativeMemory.getLong(mask + 8L * i);
            }
            return BitSet.valueOf(words);
        } finally {
            NativeMemory.free(mask);
        }
    }

    /** ioprio_set for the calling thread: {@code ioClass} an IOPRIO_CLASS_*, {@code level} 0 (highest) to 7. */
    public static void setIoPriority(int ioClass, int level) throws NativeIoException {
        if (ioClass < 0 || ioClass > 3 || level < 0 || level > 7) {
            throw new IllegalArgumentException("I/O priority class " + ioClass + " level " + level);
        }
        int result = Syscalls.ioprioSet(IOPRIO_WHO_PROCESS, 0, (ioClass << IOPRIO_CLASS_SHIFT) | level);
        if (result < 0) {
            throw NativeIoException.of("ioprio_set class " + ioClass + " level " + level, -result);
        }
    }

    /** The calling thread's raw ioprio value: class in bits 13-15, level in bits 0-12. */
    public static int ioPriority() throws NativeIoException {
        int result = Syscalls.ioprioGet(IOPRIO_WHO_PROCESS, 0);
        if (result < 0) {
            throw NativeIoException.of("ioprio_get", -result);
        }
        return result;
    }
}
