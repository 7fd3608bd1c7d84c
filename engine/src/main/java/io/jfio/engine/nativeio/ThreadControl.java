package io.jfio.engine.nativeio;

import java.util.BitSet;

/**
 * Per-thread scheduling controls: CPU affinity (sched_setaffinity, for {@code cpus_allowed}), I/O
 * priority (ioprio_set, for {@code prio}/{@code prioclass}) and CPU nice value (setpriority, for
 * {@code nice}). Linux keeps all three per thread, and a new thread starts with its creator's. Each
 * call acts on the calling thread only, so call it from the worker thread it is meant for, except
 * {@link #setNiceOf}, which names its thread. Any thread.
 */
public final class ThreadControl {

    /** Bytes of the affinity mask passed to the kernel: room for 1024 CPUs, as glibc's cpu_set_t. */
    private static final int MASK_BYTES = 128;
    private static final int IOPRIO_WHO_PROCESS = 1;
    private static final int IOPRIO_CLASS_SHIFT = 13;
    private static final int PRIO_PROCESS = 0;
    /** The range of nice values (setpriority clamps, jfio refuses). */
    public static final int NICE_MIN = -20;
    public static final int NICE_MAX = 19;

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

    /** The calling thread's nice value, -20 to 19. */
    public static int nice() throws NativeIoException {
        return niceOf(0);
    }

    /** The nice value of thread {@code threadId} (0 for the calling thread). */
    public static int niceOf(int threadId) throws NativeIoException {
        Syscalls.checkArchitecture();
        int result = Syscalls.getpriority(PRIO_PROCESS, threadId);
        if (result < 0) {
            throw NativeIoException.of("getpriority" + (threadId == 0 ? "" : " thread " + threadId), -result);
        }
        return 20 - result;
    }

    /**
     * Adds {@code increment} to the calling thread's nice value, as nice(2) does (the sum clamped to -20..19),
     * and returns the new value. fio's {@code nice=N} is this call: N more than the value jfio started with.
     * Raising the value is always allowed; lowering it needs CAP_SYS_NICE or RLIMIT_NICE (EACCES).
     */
    public static int addNice(int increment) throws NativeIoException {
        int target = Math.max(NICE_MIN, Math.min(NICE_MAX, nice() + increment));
        setNiceOf(0, target);
        return target;
    }

    /**
     * Sets the nice value of thread {@code threadId} (a Linux thread id, as listed in /proc/self/task; 0
     * for the calling thread): -20 (most CPU) to 19 (least).
     */
    public static void setNiceOf(int threadId, int nice) throws NativeIoException {
        if (nice < NICE_MIN || nice > NICE_MAX) {
            throw new IllegalArgumentException("nice value " + nice + " (" + NICE_MIN + " to " + NICE_MAX + ")");
        }
        Syscalls.checkArchitecture();
        int result = Syscalls.setpriority(PRIO_PROCESS, threadId, nice);
        if (result < 0) {
            throw NativeIoException.of("setpriority nice " + nice + (threadId == 0 ? "" : " of thread " + threadId),
                    -result);
        }
    }
}
