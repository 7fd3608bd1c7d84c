package io.jfio.engine.ioengine;

import io.jfio.engine.nativeio.Errno;
import io.jfio.engine.nativeio.LinuxAio;
import io.jfio.engine.nativeio.NativeIoException;
import io.jfio.engine.nativeio.NativeMemory;
import io.jfio.engine.nativeio.Syscalls;

/**
 * fio's {@code libaio}: Linux native AIO through the io_setup/io_submit/io_getevents system calls
 * (no libaio.so). {@link #queue} fills the unit's iocb; {@link #commit()} submits every queued iocb
 * with as few io_submit calls as the kernel accepts; {@link #getEvents} is one io_getevents for
 * min..max events. An iocb the kernel rejects at submit (io_submit's -EINVAL for a misaligned
 * O_DIRECT request, say) completes with that error instead of failing the job. SYNC, DATASYNC and
 * TRIM run inline when nothing is outstanding and are refused BUSY otherwise, as in fio (so an
 * fsync follows the writes before it). Truly asynchronous only with direct=1; buffered I/O
 * completes inside io_submit, as the kernel does it.
 *
 * <p>Native memory: iodepth iocbs (64 bytes, iocb i belongs to unit i), the iocb pointer array
 * io_submit takes, and iodepth io_events (32 bytes).
 *
 * <p>Confined to its worker thread.
 */
public final class LibaioEngine implements IoEngine {

    private final IoUnit[] units;
    private final long context;
    private final long memory;
    private final long iocbs;
    private final long pointers;
    private final long ioEvents;
    private final long rangeScratchAddress;
    /** Queued, not yet submitted, in order; pointers[i] is the iocb of pending.get(i). */
    private final UnitFifo pending;
    /** Rejected at submit: completed, waiting to be reaped. */
    private final UnitFifo rejected;
    private final int[] events;
    private int inFlight;
    private boolean closed;

    LibaioEngine(EngineOptions options, IoUnitSet unitSet) throws NativeIoException {
        this.units = unitSet.units();
        int depth = units.length;
        this.context = LinuxAio.setup(depth);
        this.memory = NativeMemory.allocateZeroed((long) depth * (LinuxAio.IOCB_SIZE + 8 + LinuxAio.EVENT_SIZE) + 16);
        this.iocbs = memory;
        this.pointers = iocbs + (long) depth * LinuxAio.IOCB_SIZE;
        this.ioEvents = pointers + 8L * depth;
        this.rangeScratchAddress = ioEvents + (long) depth * LinuxAio.EVENT_SIZE;
        this.pending = new UnitFifo(depth);
        this.rejected = new UnitFifo(depth);
        this.events = new int[depth];
    }

    @Override
    public String name() {
        return "libaio";
    }

    @Override
    public QueueStatus queue(IoUnit unit) {
        IoDirection direction = unit.direction();
        if (!direction.isData()) {
            return InlineOps.completeWhenIdle(unit, outstanding(), rangeScratchAddress);
        }
        long iocb = iocbs + (long) unit.index() * LinuxAio.IOCB_SIZE;
        LinuxAio.prepare(iocb, direction == IoDirection.READ ? LinuxAio.IOCB_CMD_PREAD : LinuxAio.IOCB_CMD_PWRITE,
                unit.file().fd(), unit.dataAddress(), unit.lengthBytes(), unit.offsetBytes(), unit.index());
        NativeMemory.putLong(pointers + 8L * pending.size(), iocb);
        pending.add(unit.index());
        return QueueStatus.QUEUED;
    }

    @Override
    public int commit() {
        int total = pending.size();
        int done = 0;
        while (done < total) {
            int result = Syscalls.ioSubmit(context, total - done, pointers + 8L * done);
            if (result > 0) {
                long now = System.nanoTime();
                for (int i = 0; i < result; i++) {
                    units[pending.remove()].issued(now);
                }
                inFlight += result;
                done += result;
            } else if (result == -Errno.EINTR) {
                continue;
            } else if ((result == -Errno.EAGAIN || result == 0) && inFlight > 0) {
                break; // the kernel wants completions reaped first
            } else {
                // the first iocb was refused (or AIO resources are exhausted with nothing of ours in
                // flight): complete it with the error, go on with the rest
                IoUnit unit = units[pending.remove()];
                long now = System.nanoTime();
                unit.issued(now);
                unit.completed(result == 0 ? -Errno.EAGAIN : result, now);
                rejected.add(unit.index());
                done++;
            }
        }
        if (done > 0 && done < total) {
            // move the unsubmitted pointers to the front for the next commit
            NativeMemory.copy(pointers + 8L * done, pointers, 8L * (total - done));
        }
        return done;
    }

    @Override
    public int getEvents(int minEvents, int maxEvents) throws NativeIoException {
        int count = 0;
        while (count < maxEvents && !rejected.isEmpty()) {
            events[count++] = rejected.remove();
        }
        int room = Math.min(maxEvents - count, inFlight);
        if (room <= 0) {
            return count;
        }
        int wanted = Math.min(Math.max(minEvents - count, 0), room);
        int reaped;
        do {
            reaped = Syscalls.ioGetEvents(context, wanted, room, ioEvents, 0L);
        } while (reaped == -Errno.EINTR);
        if (reaped < 0) {
            throw NativeIoException.of("io_getevents", -reaped);
        }
        long now = System.nanoTime();
        for (int i = 0; i < reaped; i++) {
            long event = ioEvents + (long) i * LinuxAio.EVENT_SIZE;
            int index = (int) NativeMemory.getLong(event + LinuxAio.EVENT_DATA);
            units[index].completed(NativeMemory.getLong(event + LinuxAio.EVENT_RES), now);
            events[count++] = index;
        }
        inFlight -= reaped;
        return count;
    }

    @Override
    public IoUnit event(int index) {
        return units[events[index]];
    }

    @Override
    public int outstanding() {
        return pending.size() + inFlight + rejected.size();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pending.clear();
        rejected.clear();
        try {
            while (inFlight > 0) {
                getEvents(inFlight, inFlight);
            }
        } catch (NativeIoException e) {
            // io_destroy below still waits for whatever is in flight
        }
        try {
            LinuxAio.destroy(context);
        } catch (NativeIoException e) {
            // nothing left to release on the kernel side
        }
        NativeMemory.free(memory);
    }
}
