package io.jfio.engine.nativeio;

/**
 * CPU usage of the calling thread, from getrusage(RUSAGE_THREAD): the figures of fio's "cpu" line
 * (usr, sys, ctx, majf, minf). {@link #sample()} refreshes this object in place without
 * allocating, so a worker can sample at start and end (or per interval) into two instances.
 *
 * <p>x86_64 struct rusage (144 bytes): ru_utime timeval at 0, ru_stime at 16, ru_minflt at 64,
 * ru_majflt at 72, ru_nvcsw at 128, ru_nivcsw at 136.
 *
 * <p>{@link #sample()} measures the thread that calls it; one thread uses an instance.
 */
public final class ThreadUsage implements AutoCloseable {

    private static final int RUSAGE_THREAD = 1;
    private static final int STRUCT_SIZE = 144;

    private final long buffer = NativeMemory.allocateZeroed(STRUCT_SIZE);
    private long userNanos;
    private long systemNanos;
    private long minorFaults;
    private long majorFaults;
    private long voluntaryContextSwitches;
    private long involuntaryContextSwitches;
    private boolean closed;

    /** Reads the calling thread's usage into this object. */
    public void sample() throws NativeIoException {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (LibC.getrusage(RUSAGE_THREAD, buffer) != 0) {
            throw NativeIoException.of("getrusage(RUSAGE_THREAD)", Errno.last());
        }
        userNanos = timevalNanos(buffer);
        systemNanos = timevalNanos(buffer + 16);
        minorFaults = NativeMemory.getLong(buffer + 64);
        majorFaults = NativeMemory.getLong(buffer + 72);
        voluntaryContextSwitches = NativeMemory.getLong(buffer + 128);
        involuntaryContextSwitches = NativeMemory.getLong(buffer + 136);
    }

    private static long timevalNanos(long address) {
        return NativeMemory.getLong(address) * 1_000_000_000L + NativeMemory.getLong(address + 8) * 1_000L;
    }

    public long userNanos() {
        return userNanos;
    }

    public long systemNanos() {
        return systemNanos;
    }

    public long minorFaults() {
        return minorFaults;
    }

    public long majorFaults() {
        return majorFaults;
    }

    public long voluntaryContextSwitches() {
        return voluntaryContextSwitches;
    }

    public long involuntaryContextSwitches() {
        return involuntaryContextSwitches;
    }

    /** fio's "ctx": voluntary plus involuntary context switches. */
    public long contextSwitches() {
        return voluntaryContextSwitches + involuntaryContextSwitches;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            NativeMemory.free(buffer);
        }
    }
}
