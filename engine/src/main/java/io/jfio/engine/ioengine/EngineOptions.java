package io.jfio.engine.ioengine;

/**
 * Engine-specific job options (fio's per-engine options). Engines ignore those that do not apply to
 * them. Immutable; any thread.
 *
 * @param hipri polled completions: RWF_HIPRI for pvsync2, IORING_SETUP_IOPOLL for io_uring
 * @param fixedBufs io_uring: register the unit buffers, use READ_FIXED/WRITE_FIXED
 * @param registerFiles io_uring: register file descriptors, use IOSQE_FIXED_FILE
 * @param sqThreadPoll io_uring: IORING_SETUP_SQPOLL, a kernel thread polls the submission ring
 * @param sqThreadPollCpu io_uring: CPU of that thread, or -1 for any
 * @param sqThreadIdleMillis io_uring: how long that thread spins idle before sleeping; 0 = kernel default
 * @param maxOpenFiles io_uring with registerfiles: registered file slots (the job's nrfiles)
 */
public record EngineOptions(boolean hipri, boolean fixedBufs, boolean registerFiles, boolean sqThreadPoll,
                            int sqThreadPollCpu, int sqThreadIdleMillis, int maxOpenFiles) {

    public EngineOptions {
        if (sqThreadPollCpu < -1) {
            throw new IllegalArgumentException("sqthread_poll_cpu " + sqThreadPollCpu);
        }
        if (sqThreadIdleMillis < 0) {
            throw new IllegalArgumentException("sqthread idle " + sqThreadIdleMillis);
        }
        if (maxOpenFiles < 1) {
            throw new IllegalArgumentException("maxOpenFiles " + maxOpenFiles);
        }
    }

    /** Everything off, 64 file slots. */
    public static EngineOptions defaults() {
        return new EngineOptions(false, false, false, false, -1, 0, 64);
    }

    public EngineOptions withHipri(boolean value) {
        return new EngineOptions(value, fixedBufs, registerFiles, sqThreadPoll, sqThreadPollCpu, sqThreadIdleMillis, maxOpenFiles);
    }

    public EngineOptions withFixedBufs(boolean value) {
        return new EngineOptions(hipri, value, registerFiles, sqThreadPoll, sqThreadPollCpu, sqThreadIdleMillis, maxOpenFiles);
    }

    public EngineOptions withRegisterFiles(boolean value) {
        return new EngineOptions(hipri, fixedBufs, value, sqThreadPoll, sqThreadPollCpu, sqThreadIdleMillis, maxOpenFiles);
    }

    public EngineOptions withSqThreadPoll(boolean value) {
        return new EngineOptions(hipri, fixedBufs, registerFiles, value, sqThreadPollCpu, sqThreadIdleMillis, maxOpenFiles);
    }

    public EngineOptions withSqThreadPollCpu(int cpu) {
        return new EngineOptions(hipri, fixedBufs, registerFiles, sqThreadPoll, cpu, sqThreadIdleMillis, maxOpenFiles);
    }

    public EngineOptions withSqThreadIdleMillis(int millis) {
        return new EngineOptions(hipri, fixedBufs, registerFiles, sqThreadPoll, sqThreadPollCpu, millis, maxOpenFiles);
    }

    public EngineOptions withMaxOpenFiles(int count) {
        return new EngineOptions(hipri, fixedBufs, registerFiles, sqThreadPoll, sqThreadPollCpu, sqThreadIdleMillis, count);
    }
}
