package io.jfio.engine.run;

import io.jfio.engine.ioengine.AccessHint;
import io.jfio.engine.ioengine.Capability;
import io.jfio.engine.ioengine.EngineInfo;
import io.jfio.engine.ioengine.FileOpenSpec;
import io.jfio.engine.ioengine.IoEngine;
import io.jfio.engine.ioengine.IoEngines;
import io.jfio.engine.ioengine.IoFile;
import io.jfio.engine.ioengine.IoUnitSet;
import io.jfio.engine.nativeio.AlignedBuffer;
import io.jfio.engine.nativeio.Errno;
import io.jfio.engine.nativeio.NativeFiles;
import io.jfio.engine.nativeio.NativeIoException;
import io.jfio.engine.nativeio.ThreadControl;
import io.jfio.engine.nativeio.ThreadUsage;
import io.jfio.engine.output.status.JobState;
import io.jfio.engine.workload.DataDirection;
import io.jfio.engine.workload.FileRegion;
import io.jfio.engine.workload.IoPlanner;
import io.jfio.engine.workload.RandomStream;
import io.jfio.engine.workload.RateLimiter;
import io.jfio.engine.workload.ThinkTime;
import io.jfio.model.result.CpuUsage;

import java.util.ArrayList;
import java.util.List;

/**
 * One job from start to end, on its own thread: thread controls (cpus_allowed, prio), wait_for and
 * startdelay, file planning and layout, opening (invalidate, pre_read), the I/O loop (inline or offload),
 * end_fsync, then cleanup whatever happened (sampler finished, engine drained and closed, fsync_on_close,
 * unlink) and the job's CPU use. Every failure ends up in the job's error, never in an exception.
 * Threading: {@link #run} on the job's worker thread.
 */
final class Worker implements Runnable {

    private static final int PRE_READ_CHUNK = 1 << 20;

    private final JobExecution job;
    private final List<JobExecution> waitees;
    private final TargetPlanner targetPlanner;
    private final FileLayout layout;

    Worker(JobExecution job, List<JobExecution> waitees, TargetPlanner targetPlanner, FileLayout layout) {
        this.job = job;
        this.waitees = waitees;
        this.targetPlanner = targetPlanner;
        this.layout = layout;
    }

    @Override
    public void run() {
        JobSettings s = job.settings();
        ThreadUsage usageStart = new ThreadUsage();
        ThreadUsage usageEnd = new ThreadUsage();
        WorkerCounters counters = new WorkerCounters();
        job.counting(counters);
        List<TargetFile> targets = List.of();
        IoUnitSet units = null;
        IoEngine engine = null;
        IoFile[] files = new IoFile[0];
        OffloadLoop offload = null;
        long workerStart = System.nanoTime();
        try {
            usageStart.sample();
            applyThreadControls(s);
            if (!awaitWaitees() || !Pause.until(job, System.nanoTime() + s.timing().startDelayNanos(), null)) {
                return;
            }
            workerStart = System.nanoTime();
            job.setState(JobState.INITIALIZED);
            EngineInfo info = IoEngines.require(s.engineName());
            boolean diskless = info.has(Capability.DISKLESS);
            targets = targetPlanner.plan(s, diskless);
            boolean reads = s.workload().issues(DataDirection.READ);
            boolean createOnOpen = s.open().createOnOpen() && !reads;
            if (!diskless && !createOnOpen) {
                layout.layOut(s.jobName(), targets, s.layout().fallocate(), reads);
            }
            units = IoUnitSet.allocate(s.depth().iodepth(), s.workload().maxBlockBytes(), s.memAlignBytes());
            engine = IoEngines.create(s.engineName(), s.engineOptions(), units);
            files = openFiles(engine, targets, createOnOpen);
            job.filesOpen(files.length);
            FileRegion[] regions = targets.stream().map(TargetFile::region).toArray(FileRegion[]::new);
            PageCacheDropper cache = new PageCacheDropper(files, regions, s.layout().invalidate() && !diskless);
            cache.dropAll();
            preReadFiles(files, regions, diskless, units);
            BufferFiller filler = new BufferFiller(s.buffers(), s.seeds().seedFor(RandomStream.BUFFER_CONTENT));
            filler.fillInitially(units, s.buffers());
            IoPlanner planner = new IoPlanner(s.workload(), regions, s.seeds());

            long start = System.nanoTime();
            job.started(start, plannedBytes(s, regions), s.workload().numberIos() * s.workload().loops());
            RateLimiter rate = RateLimiter.forJob(s.rate(), s.workload(), s.seeds(), start);
            planner.paceMixBy(rate);
            ThinkTime think = new ThinkTime(s.thinkTime(), start);
            long runtime = s.timing().runtimeNanos();
            long end = runtime > 0 ? start + s.timing().rampNanos() + runtime : Long.MAX_VALUE;
            if (s.depth().offload()) {
                IntRing free = new IntRing(units.size());
                EngineSide side = new EngineSide(job, engine, units, counters, start, free, null);
                offload = new OffloadLoop(job, side, units, planner, rate, think, filler, files, end, free, cache);
                offload.run();
            } else {
                EngineSide side = new EngineSide(job, engine, units, counters, start, null, think);
                side.checkMeasuring(start);
                new InlineLoop(job, side, planner, rate, think, filler, files, end, cache).run();
            }
            if (s.endFsync() && !job.failed()) {
                job.setState(JobState.FSYNCING);
                endFsync(files, counters);
            }
            job.setState(JobState.FINISHING);
        } catch (JobSetupException e) {
            job.fail(e.errorNumber(), e.getMessage());
        } catch (NativeIoException e) {
            String full = e.errorNumber() == Errno.ENOSPC ? " (the file system is full)" : "";
            job.fail(e.errorNumber(), e.getMessage() + full);
        } catch (RuntimeException | Error e) {
            job.fail(0, "internal error: " + e);
            if (System.getenv("JFIO_DEBUG") != null) {
                e.printStackTrace();
            }
        } finally {
            long end = System.nanoTime();
            job.sampler().finish(end);
            closeAll(engine, files, units, s);
            unlink(s, targets);
            CpuUsage cpu = cpuUsage(usageStart, usageEnd, offload, end - workerStart);
            List<String> paths = new ArrayList<>();
            targets.forEach(t -> paths.add(t.path()));
            usageStart.close();
            usageEnd.close();
            if (offload != null) {
                offload.closeUsage();
            }
            job.finished(end, cpu, counters, paths);
        }
    }

    private void applyThreadControls(JobSettings s) {
        try {
            if (!s.cpus().isEmpty()) {
                ThreadControl.setAffinity(CpuList.toBitSet(s.cpus()));
            }
            if (s.ioPriority() >= 0) {
                ThreadControl.setIoPriority(s.ioPriority() >> 13, s.ioPriority() & 0x1fff);
            }
            if (s.niceIncrement() != 0) {
                ThreadControl.addNice(s.niceIncrement());
            }
        } catch (NativeIoException e) {
            throw new JobSetupException(e.getMessage(), e.errorNumber());
        }
    }

    private boolean awaitWaitees() {
        for (JobExecution waitee : waitees) {
            try {
                while (!waitee.awaitEnd(100)) {
                    if (job.stopRequested()) {
                        return false;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !job.stopRequested();
    }

    private IoFile[] openFiles(IoEngine engine, List<TargetFile> targets, boolean createOnOpen) throws NativeIoException {
        JobSettings s = job.settings();
        boolean writable = s.workload().issues(DataDirection.WRITE) || s.workload().issues(DataDirection.TRIM);
        AccessHint hint = s.workload().pattern().isRandom() ? AccessHint.RANDOM : AccessHint.SEQUENTIAL;
        IoFile[] files = new IoFile[targets.size()];
        for (int i = 0; i < files.length; i++) {
            TargetFile t = targets.get(i);
            FileOpenSpec spec = new FileOpenSpec(t.path(), writable, createOnOpen && t.kind() == TargetFile.Kind.REGULAR,
                    s.open().direct(), s.open().sync(), s.open().dsync(), hint);
            files[i] = engine.openFile(spec);
        }
        return files;
    }

    /** pre_read: read each region once before the job (invalidate is {@link PageCacheDropper}'s). */
    private void preReadFiles(IoFile[] files, FileRegion[] regions, boolean diskless, IoUnitSet units)
            throws NativeIoException {
        if (diskless || !job.settings().layout().preRead()) {
            return;
        }
        for (int i = 0; i < files.length; i++) {
            if (files[i].fd() >= 0) {
                job.setState(JobState.PRE_READING);
                preRead(files[i], regions[i], units.memory().alignmentBytes());
            }
        }
    }

    private static void preRead(IoFile file, FileRegion region, int alignment) throws NativeIoException {
        try (AlignedBuffer buffer = AlignedBuffer.allocate(PRE_READ_CHUNK, Math.max(alignment, 4096))) {
            long offset = region.startBytes();
            while (offset < region.endBytes()) {
                long length = Math.min(PRE_READ_CHUNK, region.endBytes() - offset);
                if (NativeFiles.preadFully(file.fd(), buffer.address(), length, offset, file.path()) == 0) {
                    break;
                }
                offset += length;
            }
        }
    }

    private void endFsync(IoFile[] files, WorkerCounters counters) throws NativeIoException {
        boolean writes = job.settings().workload().issues(DataDirection.WRITE);
        for (IoFile f : files) {
            if (writes && f.fd() >= 0) {
                long start = System.nanoTime();
                NativeFiles.fsync(f.fd(), f.path());
                counters.sync(System.nanoTime() - start);
            }
        }
    }

    private void closeAll(IoEngine engine, IoFile[] files, IoUnitSet units, JobSettings s) {
        // files go back through the engine (io_uring unregisters them) unless I/O is still in flight, which
        // only closing the engine waits for; the buffers go last
        boolean idle = engine != null && engine.outstanding() == 0;
        if (engine != null && !idle) {
            engine.close();
        }
        for (IoFile f : files) {
            if (f == null) {
                continue;
            }
            try {
                if (s.fsyncOnClose() && f.fd() >= 0 && s.workload().issues(DataDirection.WRITE)) {
                    NativeFiles.fsync(f.fd(), f.path());
                }
                if (idle) {
                    engine.closeFile(f);
                } else {
                    f.close();
                }
            } catch (NativeIoException e) {
                job.fail(e.errorNumber(), e.getMessage());
            }
        }
        if (idle) {
            engine.close();
        }
        if (units != null) {
            units.close();
        }
    }

    private void unlink(JobSettings s, List<TargetFile> targets) {
        if (!s.layout().unlink()) {
            return;
        }
        for (TargetFile t : targets) {
            if (t.kind() == TargetFile.Kind.REGULAR) {
                try {
                    NativeFiles.unlink(t.path());
                } catch (NativeIoException e) {
                    if (e.errorNumber() != Errno.ENOENT) {
                        job.fail(e.errorNumber(), e.getMessage());
                    }
                }
            }
        }
    }

    private static long plannedBytes(JobSettings s, FileRegion[] regions) {
        long perLoop = s.workload().ioSizeBytes();
        if (perLoop == 0) {
            for (FileRegion r : regions) {
                perLoop += r.lengthBytes();
            }
        }
        return perLoop * s.workload().loops();
    }

    private static CpuUsage cpuUsage(ThreadUsage start, ThreadUsage end, OffloadLoop offload, long elapsedNanos) {
        try {
            end.sample();
        } catch (NativeIoException e) {
            return CpuUsage.NONE;
        }
        long user = end.userNanos() - start.userNanos();
        long system = end.systemNanos() - start.systemNanos();
        long ctx = end.contextSwitches() - start.contextSwitches();
        long major = end.majorFaults() - start.majorFaults();
        long minor = end.minorFaults() - start.minorFaults();
        if (offload != null) {
            ThreadUsage[] s = offload.submitterUsage();
            user += s[0].userNanos() - s[1].userNanos();
            system += s[0].systemNanos() - s[1].systemNanos();
            ctx += s[0].contextSwitches() - s[1].contextSwitches();
            major += s[0].majorFaults() - s[1].majorFaults();
            minor += s[0].minorFaults() - s[1].minorFaults();
        }
        double wall = Math.max(1, elapsedNanos);
        return new CpuUsage(100.0 * user / wall, 100.0 * system / wall, ctx, major, minor);
    }
}
