package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.Errno;
import io.jfio.engine.nativeio.NativeIoException;
import io.jfio.engine.nativeio.NativeMemory;
import io.jfio.engine.nativeio.PosixAio;

/**
 * fio's {@code posixaio}: glibc's aio_read/aio_write, completions found with aio_error/aio_return
 * and waited for with aio_suspend, exactly the calls fio's engine makes. Truly asynchronous for the
 * worker: glibc performs each request on a helper thread while the worker goes on queueing (glibc
 * serves the requests of one descriptor in order, so one file sees them one at a time, as with fio).
 * Requests start in {@link #queue} (one that glibc refuses completes there with its error);
 * {@link #commit()} has nothing left to do but report them. SYNC, DATASYNC and
 * TRIM run inline when nothing is outstanding and are refused BUSY otherwise.
 *
 * <p>Native memory: one 168-byte aiocb per unit and the pointer list aio_suspend takes.
 *
 * <p>Confined to its worker thread.
 */
public final class PosixAioEngine implements IoEngine {

    private final IoUnit[] units;
    private final long memory;
    private final long aiocbs;
    private final long suspendList;
    private final long rangeScratchAddress;
    /** Started, not yet seen complete; order does not matter. */
    private final UnitFifo inFlight;
    private final int[] events;
    /** Started since the last commit: what commit reports, for the same accounting as other engines. */
    private int startedSinceCommit;
    private boolean closed;

    PosixAioEngine(EngineOptions options, IoUnitSet unitSet) {
        this.units = unitSet.units();
        int depth = units.length;
        this.memory = NativeMemory.allocateZeroed((long) depth * (PosixAio.AIOCB_SIZE + 8) + 16);
        this.aiocbs = memory;
        this.suspendList = aiocbs + (long) depth * PosixAio.AIOCB_SIZE;
        this.rangeScratchAddress = suspendList + 8L * depth;
        this.inFlight = new UnitFifo(depth);
        this.events = new int[depth];
    }

    @Override
    public String name() {
        return "posixaio";
    }

    private long aiocbOf(int unitIndex) {
        return aiocbs + (long) unitIndex * PosixAio.AIOCB_SIZE;
    }

    @Override
    public QueueStatus queue(IoUnit unit) {
        IoDirection direction = unit.direction();
        if (!direction.isData()) {
            return InlineOps.completeWhenIdle(unit, outstanding(), rangeScratchAddress);
        }
        long aiocb = aiocbOf(unit.index());
        PosixAio.prepare(aiocb, unit.file().fd(), unit.dataAddress(), unit.lengthBytes(), unit.offsetBytes());
        unit.issued(System.nanoTime());
        int result = direction == IoDirection.READ ? PosixAio.aio_read(aiocb) : PosixAio.aio_write(aiocb);
        if (result != 0) {
            unit.completed(-Errno.last(), System.nanoTime());
            return QueueStatus.COMPLETED;
        }
        inFlight.add(unit.index());
        startedSinceCommit++;
        return QueueStatus.QUEUED;
    }

    @Override
    public int commit() {
        int started = startedSinceCommit; // aio_read/aio_write already started them in queue()
        startedSinceCommit = 0;
        return started;
    }

    @Override
    public int getEvents(int minEvents, int maxEvents) throws NativeIoException {
        int count = 0;
        int wanted = Math.min(Math.min(minEvents, inFlight.size()), maxEvents);
        while (true) {
            count = collectFinished(count, maxEvents);
            if (count >= wanted || inFlight.isEmpty()) {
                return count;
            }
            suspendUntilOneFinishes();
        }
    }

    private int collectFinished(int count, int maxEvents) {
        long now = 0;
        int i = 0;
        while (i < inFlight.size() && count < maxEvents) {
            int index = inFlight.get(i);
            long aiocb = aiocbOf(index);
            int error = PosixAio.aio_error(aiocb);
            if (error == Errno.EINPROGRESS) {
                i++;
                continue;
            }
            long bytes = PosixAio.aio_return(aiocb);
            if (now == 0) {
                now = System.nanoTime();
            }
            units[index].completed(bytes < 0 ? -(error != 0 ? error : Errno.EIO) : bytes, now);
            events[count++] = index;
            inFlight.removeAtBySwap(i);
        }
        return count;
    }

    private void suspendUntilOneFinishes() throws NativeIoException {
        int n = inFlight.size();
        for (int i = 0; i < n; i++) {
            NativeMemory.putLong(suspendList + 8L * i, aiocbOf(inFlight.get(i)));
        }
        if (PosixAio.aio_suspend(suspendList, n, 0L) != 0) {
            int errno = Errno.last();
            if (errno != Errno.EINTR && errno != Errno.EAGAIN) {
                throw NativeIoException.of("aio_suspend", errno);
            }
        }
    }

    @Override
    public IoUnit event(int index) {
        return units[events[index]];
    }

    @Override
    public int outstanding() {
        return inFlight.size();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // glibc's helper threads write into the aiocbs and buffers until each request ends
            while (!inFlight.isEmpty()) {
                getEvents(inFlight.size(), units.length);
            }
        } catch (NativeIoException e) {
            return; // leak the aiocbs rather than free memory a helper thread may still write
        }
        NativeMemory.free(memory);
    }
}
