package io.jfio.engine.ioengine;

import static io.jfio.engine.nativeio.IoUringAbi.*;

import io.jfio.engine.nativeio.Errno;
import io.jfio.engine.nativeio.IoUringRings;
import io.jfio.engine.nativeio.NativeIoException;
import io.jfio.engine.nativeio.NativeMemory;

/**
 * fio's {@code io_uring}: one ring of iodepth entries per engine. {@link #queue} writes the unit's
 * SQE (IORING_OP_READ/WRITE, READ_FIXED/WRITE_FIXED with {@code fixedbufs}, FSYNC for SYNC and
 * DATASYNC); {@link #commit()} publishes the SQ tail and submits the whole batch with one
 * io_uring_enter (with {@code sqthread_poll}, only wakes the kernel thread when it sleeps);
 * {@link #getEvents} consumes CQEs from the mapped ring and enters the kernel only to wait for the
 * missing minimum.
 *
 * <p>Options: {@code fixedbufs} registers every unit's buffer (buffer index = unit index);
 * {@code registerfiles} registers a sparse file table of {@code maxOpenFiles} slots and fills a slot
 * per open file; {@code sqthread_poll} sets IORING_SETUP_SQPOLL (+SQ_AFF with a CPU);
 * {@code hipri} sets IORING_SETUP_IOPOLL, which only works with direct=1 on a device with poll
 * queues: the kernel then fails the I/O with EOPNOTSUPP and {@link #describeError} says why.
 * Without SQPOLL the ring asks for IORING_SETUP_COOP_TASKRUN (Linux 5.19+, dropped if refused). TRIM
 * runs inline when nothing is outstanding and is refused BUSY otherwise, as in fio.
 *
 * <p>Confined to the worker thread that created it.
 */
public final class IoUringEngine implements IoEngine {

    private final IoUnit[] units;
    private final IoUringRings rings;
    private final boolean fixedBuffers;
    private final boolean registerFiles;
    private final boolean submissionPolling;
    private final boolean completionPolling;
    /** DEFER_TASKRUN: completions reach the CQ only when this thread enters, so a reap that finds none enters. */
    private final boolean deferredCompletions;
    private final boolean[] fileSlotUsed;
    private final long rangeScratchAddress;
    /** In the SQ ring, not yet consumed by the kernel, in ring order. */
    private final UnitFifo pending;
    private final int[] events;
    private int inFlight;
    private boolean closed;

    IoUringEngine(EngineOptions options, IoUnitSet unitSet) throws NativeIoException {
        this.units = unitSet.units();
        this.fixedBuffers = options.fixedBufs();
        this.registerFiles = options.registerFiles();
        this.submissionPolling = options.sqThreadPoll();
        this.completionPolling = options.hipri();
        this.rings = createRings(options, units.length);
        this.deferredCompletions = (rings.setupFlags() & SETUP_DEFER_TASKRUN) != 0;
        this.rangeScratchAddress = NativeMemory.allocateZeroed(16);
        try {
            if (fixedBuffers) {
                registerBuffers(unitSet);
            }
            if (registerFiles) {
                rings.registerSparseFiles(options.maxOpenFiles());
            }
        } catch (NativeIoException e) {
            rings.close();
            NativeMemory.free(rangeScratchAddress);
            throw e;
        }
        this.fileSlotUsed = new boolean[registerFiles ? options.maxOpenFiles() : 0];
        this.pending = new UnitFifo(units.length);
        this.events = new int[units.length];
    }

    private static IoUringRings createRings(EngineOptions options, int depth) throws NativeIoException {
        int flags = 0;
        if (options.sqThreadPoll()) {
            flags |= SETUP_SQPOLL;
            if (options.sqThreadPollCpu() >= 0) {
                flags |= SETUP_SQ_AFF;
            }
        }
        if (options.hipri()) {
            flags |= SETUP_IOPOLL;
        }
        int cpu = Math.max(options.sqThreadPollCpu(), 0);
        try {
            if (!options.sqThreadPoll()) {
                // as fio 3.33 sets up its rings: one issuer (this worker thread creates, submits and reaps) whose
                // completions run when it asks for them, not as interrupts (Linux 6.1+); else COOP_TASKRUN
                // (5.19+); else neither
                int[] tries = {SETUP_COOP_TASKRUN | SETUP_SINGLE_ISSUER | SETUP_DEFER_TASKRUN, SETUP_COOP_TASKRUN};
                for (int extra : tries) {
                    try {
                        return IoUringRings.create(depth, flags | extra, cpu, options.sqThreadIdleMillis());
                    } catch (NativeIoException e) {
                        if (e.errorNumber() != Errno.EINVAL) {
                            throw e;
                        }
                    }
                }
            }
            return IoUringRings.create(depth, flags, cpu, options.sqThreadIdleMillis());
        } catch (NativeIoException e) {
            if (options.hipri()) {
                throw new NativeIoException(e.getMessage()
                        + " (the kernel refused hipri: IORING_SETUP_IOPOLL)", e.errorNumber());
            }
            if (options.sqThreadPoll()) {
                throw new NativeIoException(e.getMessage()
                        + " (the kernel refused sqthread_poll: IORING_SETUP_SQPOLL)", e.errorNumber());
            }
            throw e;
        }
    }

    private void registerBuffers(IoUnitSet unitSet) throws NativeIoException {
        long iovecs = NativeMemory.allocate(16L * units.length);
        try {
            for (int i = 0; i < units.length; i++) {
                NativeMemory.putLong(iovecs + 16L * i, units[i].bufferAddress());
                NativeMemory.putLong(iovecs + 16L * i + 8, unitSet.bufferBytes());
            }
            rings.registerBuffers(iovecs, units.length);
        } finally {
            NativeMemory.free(iovecs);
        }
    }

    @Override
    public String name() {
        return "io_uring";
    }

    @Override
    public IoFile openFile(FileOpenSpec spec) throws NativeIoException {
        IoFile file = IoFile.open(spec);
        if (registerFiles) {
            int slot = freeFileSlot();
            try {
                if (slot < 0) {
                    throw new NativeIoException("registerfiles: more than " + fileSlotUsed.length
                            + " files open on one io_uring (raise maxOpenFiles)", 0);
                }
                rings.updateFile(slot, file.fd());
            } catch (NativeIoException e) {
                file.closeDescriptor();
                throw e;
            }
            fileSlotUsed[slot] = true;
            file.fixedFileSlot = slot;
        }
        return file;
    }

    private int freeFileSlot() {
        for (int i = 0; i < fileSlotUsed.length; i++) {
            if (!fileSlotUsed[i]) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void closeFile(IoFile file) throws NativeIoException {
        int slot = file.fixedFileSlot;
        try {
            if (slot >= 0) {
                file.fixedFileSlot = -1;
                fileSlotUsed[slot] = false;
                rings.updateFile(slot, -1);
            }
        } finally {
            file.closeDescriptor();
        }
    }

    @Override
    public QueueStatus queue(IoUnit unit) {
        IoDirection direction = unit.direction();
        if (direction == IoDirection.TRIM) {
            return InlineOps.completeWhenIdle(unit, outstanding(), rangeScratchAddress);
        }
        long sqe = rings.nextSqe();
        if (sqe == 0) {
            return QueueStatus.BUSY;
        }
        IoFile file = unit.file();
        int slot = file.fixedFileSlot;
        int fd = slot >= 0 ? slot : file.fd();
        int sqeFlags = slot >= 0 ? SQE_FIXED_FILE : 0;
        int index = unit.index();
        switch (direction) {
            case READ:
                prepare(sqe, fixedBuffers ? OP_READ_FIXED : OP_READ, sqeFlags, fd, unit.offsetBytes(),
                        unit.dataAddress(), unit.lengthBytes(), 0, index, fixedBuffers ? index : 0);
                break;
            case WRITE:
                prepare(sqe, fixedBuffers ? OP_WRITE_FIXED : OP_WRITE, sqeFlags, fd, unit.offsetBytes(),
                        unit.dataAddress(), unit.lengthBytes(), 0, index, fixedBuffers ? index : 0);
                break;
            case SYNC:
                prepare(sqe, OP_FSYNC, sqeFlags, fd, 0, 0, 0, 0, index, 0);
                break;
            default:
                prepare(sqe, OP_FSYNC, sqeFlags, fd, 0, 0, 0, FSYNC_DATASYNC, index, 0);
                break;
        }
        pending.add(index);
        return QueueStatus.QUEUED;
    }

    @Override
    public int commit() throws NativeIoException {
        rings.publishSubmissions();
        int toSubmit = pending.size();
        if (toSubmit == 0) {
            return 0;
        }
        if (submissionPolling) {
            if (rings.submissionThreadNeedsWakeup()) {
                int result = rings.enter(0, 0, ENTER_SQ_WAKEUP);
                if (result < 0 && result != -Errno.EINTR) {
                    throw NativeIoException.of("io_uring_enter(SQ_WAKEUP)", -result);
                }
            }
            markIssued(toSubmit);
            return toSubmit;
        }
        int submitted = 0;
        while (submitted < toSubmit) {
            int result = rings.enter(toSubmit - submitted, 0, 0);
            if (result > 0) {
                markIssued(result);
                submitted += result;
            } else if (result == -Errno.EINTR) {
                continue;
            } else if ((result == -Errno.EAGAIN || result == -Errno.EBUSY || result == 0) && inFlight > 0) {
                break; // the kernel wants completions reaped first
            } else {
                throw NativeIoException.of("io_uring_enter(submit " + (toSubmit - submitted) + ")",
                        result == 0 ? Errno.EAGAIN : -result);
            }
        }
        return submitted;
    }

    private void markIssued(int count) {
        long now = System.nanoTime();
        for (int i = 0; i < count; i++) {
            units[pending.remove()].issued(now);
        }
        inFlight += count;
    }

    @Override
    public int getEvents(int minEvents, int maxEvents) throws NativeIoException {
        int wanted = Math.min(Math.min(minEvents, inFlight), maxEvents);
        int count = 0;
        boolean polled = !(completionPolling || deferredCompletions) || wanted > 0 || inFlight == 0;
        while (true) {
            int ready = rings.completionsReady();
            if (ready > 0) {
                int take = Math.min(ready, maxEvents - count);
                long now = System.nanoTime();
                for (int i = 0; i < take; i++) {
                    long cqe = rings.completion(i);
                    int index = (int) NativeMemory.getLong(cqe + CQE_USER_DATA);
                    units[index].completed(NativeMemory.getInt(cqe + CQE_RES), now);
                    events[count++] = index;
                }
                rings.consumeCompletions(take);
                inFlight -= take;
            }
            if (count >= wanted && polled) {
                return count;
            }
            // IOPOLL and DEFER_TASKRUN rings only complete while their task enters: enter even for a non-blocking reap
            polled = true;
            int result = rings.enter(0, Math.max(wanted - count, 0), ENTER_GETEVENTS);
            if (result < 0 && result != -Errno.EINTR && result != -Errno.EAGAIN && result != -Errno.ETIME
                    && result != -Errno.EBUSY) {
                throw NativeIoException.of("io_uring_enter(GETEVENTS)", -result);
            }
        }
    }

    @Override
    public IoUnit event(int index) {
        return units[events[index]];
    }

    @Override
    public int outstanding() {
        return pending.size() + inFlight;
    }

    @Override
    public String describeError(IoUnit unit) {
        String message = Errno.message(unit.errorNumber());
        if (completionPolling && (unit.errorNumber() == Errno.EOPNOTSUPP || unit.errorNumber() == Errno.EINVAL)) {
            return message + " (hipri/IORING_SETUP_IOPOLL needs direct=1 on a device with poll queues)";
        }
        return message;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            while (inFlight > 0) {
                getEvents(inFlight, inFlight);
            }
        } catch (NativeIoException e) {
            // closing the ring below cancels what is left
        }
        pending.clear(); // never published (or never consumed): the kernel does not see them
        rings.close();
        NativeMemory.free(rangeScratchAddress);
    }
}
