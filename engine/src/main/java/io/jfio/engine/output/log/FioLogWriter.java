package io.jfio.engine.output.log;

import io.jfio.engine.sample.JobSampler;
import io.jfio.engine.sample.SampleChannel;
import io.jfio.model.result.Direction;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes fio-format logs for all jobs of a run while they run: one writer thread drains each job's per-I/O
 * ring and window channel and streams the lines to disk, so memory stays bounded however long the run.
 * {@link #close} drains what is left and closes every file, leaving complete, well-formed logs whether the
 * run ended, failed or was interrupted (call it from a shutdown hook after finishing the samplers, see
 * {@link LogShutdown}).
 * <p>
 * Files are created when a job registers (an empty {@code _slat} log for a synchronous engine, as fio).
 * With {@code per_job_logs=0} jobs that share a file write to {@code <file>.part<N>} first and {@link #close}
 * joins the parts in job order into the shared file, which is the layout fio writes. With
 * {@code log_store_compressed=1}, latency/bw/iops logs hold fio's binary samples in zlib ({@code .fz},
 * readable by {@code fio --inflate-log}); histogram logs hold their text in zlib.
 * <p>
 * Threading: {@link #register} before the job's sampler starts, from the setup thread; {@link #start},
 * {@link #close}, {@link #droppedRecords}, {@link #ringWaits}, {@link #errors} from any thread ({@code close}
 * is synchronized and idempotent). The I/O threads never touch this class: they feed the ring through their
 * sampler, and while this writer's thread runs, an I/O thread whose ring is full waits for it rather than
 * drop a line (see {@link IoLogRing}).
 */
public final class FioLogWriter implements AutoCloseable {

    /** Default channel capacity in windows. */
    public static final int DEFAULT_CHANNEL_CAPACITY = 4096;

    private static final int BATCH = 8192;
    private static final long FLUSH_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long JOIN_MILLIS = 10_000;

    private final int ringCapacity;
    private final int channelCapacity;
    private final long idleParkNanos;
    private final List<JobLogs> jobs = new CopyOnWriteArrayList<>();
    private final Map<Path, TreeMap<Integer, Path>> sharedParts = new LinkedHashMap<>();
    private final Map<Path, Boolean> sharedCompressed = new LinkedHashMap<>();
    private final List<Path> files = new ArrayList<>();
    private final Thread thread;
    private volatile AggregateBandwidthLog bandwidthLog;
    private IOException bandwidthLogFailure;
    private volatile boolean running;
    private boolean closed;

    /** A writer with the default ring and channel sizes. */
    public FioLogWriter() {
        this(IoLogRing.DEFAULT_CAPACITY, DEFAULT_CHANNEL_CAPACITY, 1);
    }

    /**
     * @param ringCapacity    per-I/O records buffered per job before drops
     * @param channelCapacity windows buffered per job before drops
     * @param idleParkMillis  how long the writer sleeps when it found nothing to write
     */
    public FioLogWriter(int ringCapacity, int channelCapacity, long idleParkMillis) {
        this.ringCapacity = ringCapacity;
        this.channelCapacity = channelCapacity;
        this.idleParkNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(1, idleParkMillis));
        this.thread = new Thread(this::run, "jfio-log-writer");
        this.thread.setDaemon(true);
    }

    /**
     * Creates {@code sampler}'s job's log files and connects its feeds: a per-I/O ring when
     * {@code log_avg_msec=0}, a window channel when logs are windowed or a histogram log is on. Call before
     * the sampler starts. Does nothing when {@code options} ask for no log.
     *
     * @throws IllegalArgumentException if log_avg_msec or log_hist_msec is not a multiple of the sampler's window
     * @throws IOException              if a file cannot be created
     */
    public synchronized void register(JobSampler sampler, FioLogOptions options) throws IOException {
        if (closed) {
            throw new IllegalStateException("log writer already closed");
        }
        if (bandwidthLog != null) {
            bandwidthLog.register(sampler, channelCapacity);
        }
        if (!options.anyLog()) {
            return;
        }
        long window = sampler.config().windowMillis();
        for (long period : options.windowPeriodsMillis()) {
            if (period % window != 0) {
                throw new IllegalArgumentException("job " + sampler.config().jobName() + ": log period " + period
                        + " ms is not a multiple of the " + window + " ms sample window");
            }
        }
        int jobIndex = sampler.config().jobIndex();
        Map<FioLogType, LogSink> sinks = new EnumMap<>(FioLogType.class);
        try {
            for (FioLogType type : options.types()) {
                sinks.put(type, openSink(type, options, jobIndex));
            }
        } catch (IOException | RuntimeException e) {
            for (LogSink s : sinks.values()) {
                try {
                    s.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
        IoLogRing ring = null;
        if (options.perIoLogging()) {
            ring = new IoLogRing(ringCapacity);
            sampler.setPerIoListener(ring);
            if (running) {
                ring.attachConsumer();
            }
        }
        SampleChannel channel = options.windowedLogging() ? sampler.subscribe("log writer", channelCapacity) : null;
        jobs.add(new JobLogs(sampler, options, sinks, ring, channel));
    }

    private LogSink openSink(FioLogType type, FioLogOptions options, int jobIndex) throws IOException {
        String prefix = options.prefix(type);
        boolean compressed = options.storeCompressed();
        Path target = type.path(options.directory(), prefix, jobIndex, options.perJobLogs(), compressed);
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        OutputStream out;
        if (options.perJobLogs()) {
            out = Files.newOutputStream(target);
            if (compressed) {
                out = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION), 64 * 1024);
            }
            files.add(target);
        } else {
            // shared by all jobs: each writes its part, close() joins them in job order
            Path part = target.resolveSibling(target.getFileName() + ".part" + jobIndex);
            out = Files.newOutputStream(part);
            if (!sharedParts.containsKey(target)) {
                Files.newOutputStream(target).close();
                files.add(target);
            }
            sharedParts.computeIfAbsent(target, k -> new TreeMap<>()).put(jobIndex, part);
            sharedCompressed.put(target, compressed);
        }
        boolean binary = compressed && type != FioLogType.CLAT_HIST;
        return binary ? new BinaryLogSink(out, options.logOffset(), options.logPrio())
                : new TextLogSink(out, options.logOffset(), options.logPrio());
    }

    /**
     * Turns on the command line's {@code --bandwidth-log} ({@code agg-*_bw.log} in {@code directory}) for the
     * jobs registered from now on. Call before registering jobs.
     *
     * @param periodMillis  the line period ({@code bwavgtime} of the first job in fio)
     * @param runStartNanos time 0 of the log, a clock reading
     */
    public synchronized void enableBandwidthLog(Path directory, long periodMillis, long runStartNanos)
            throws IOException {
        if (bandwidthLog == null) {
            bandwidthLog = new AggregateBandwidthLog(directory, periodMillis, runStartNanos);
            for (Direction d : Direction.values()) {
                files.add(directory.resolve("agg-" + d.label() + "_bw.log"));
            }
        }
    }

    /** Starts the writer thread (logs stream to disk during the run). */
    public synchronized void start() {
        if (!running && !closed) {
            running = true;
            thread.start();
            forEachRing(IoLogRing::attachConsumer);
        }
    }

    private void run() {
        long lastFlush = System.nanoTime();
        while (running) {
            int n = 0;
            for (JobLogs j : jobs) {
                n += j.pump(BATCH);
            }
            n += pumpBandwidthLog();
            long now = System.nanoTime();
            if (now - lastFlush > FLUSH_EVERY_NANOS) {
                // keeps the files readable during a long run, at most a second behind
                for (JobLogs j : jobs) {
                    j.flush();
                }
                lastFlush = now;
            }
            if (n == 0) {
                LockSupport.parkNanos(idleParkNanos);
            }
        }
    }

    private int pumpBandwidthLog() {
        AggregateBandwidthLog log = bandwidthLog;
        if (log == null || bandwidthLogFailure != null) {
            return 0;
        }
        try {
            return log.pump(BATCH);
        } catch (IOException e) {
            bandwidthLogFailure = e;
            return 0;
        }
    }

    /**
     * Stops the writer thread, writes everything the rings and channels still hold, joins shared files,
     * and closes all files. Finish the samplers first so their last windows are in the channels.
     * Idempotent.
     *
     * @throws IOException the first write error of any job (the other logs are still completed)
     */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        forEachRing(IoLogRing::detachConsumer); // a job still recording must not wait for a writer that stops
        running = false;
        if (thread.isAlive()) {
            LockSupport.unpark(thread);
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                throw new IOException("log writer thread did not stop within " + JOIN_MILLIS + " ms; logs left open");
            }
        }
        for (JobLogs j : jobs) {
            j.finish();
        }
        IOException first = bandwidthLogFailure;
        if (bandwidthLog != null) {
            try {
                bandwidthLog.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        for (Map.Entry<Path, TreeMap<Integer, Path>> e : sharedParts.entrySet()) {
            try {
                joinParts(e.getKey(), e.getValue().values(), sharedCompressed.get(e.getKey()));
            } catch (IOException ex) {
                first = first == null ? ex : first;
            }
        }
        for (IOException error : errors()) {
            first = first == null ? error : first;
        }
        if (first != null) {
            throw first;
        }
    }

    private static void joinParts(Path target, Iterable<Path> parts, boolean compressed) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 64 * 1024);
        if (compressed) {
            out = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION), 64 * 1024);
        }
        try (OutputStream o = out) {
            for (Path part : parts) {
                try (InputStream in = Files.newInputStream(part)) {
                    in.transferTo(o);
                }
                Files.delete(part);
            }
        }
    }

    private void forEachRing(Consumer<IoLogRing> action) {
        for (JobLogs j : jobs) {
            if (j.ring() != null) {
                action.accept(j.ring());
            }
        }
    }

    /** Per-I/O records dropped because a ring was full, over all jobs. */
    public long droppedRecords() {
        return sumOverRings(IoLogRing::droppedCount);
    }

    /** Times an I/O thread found its ring full and waited for this writer, over all jobs. */
    public long ringWaits() {
        return sumOverRings(IoLogRing::waitCount);
    }

    private long sumOverRings(ToLongFunction<IoLogRing> count) {
        long n = 0;
        for (JobLogs j : jobs) {
            if (j.ring() != null) {
                n += count.applyAsLong(j.ring());
            }
        }
        return n;
    }

    /** Windows dropped because the log writer's channel was full, over all jobs. */
    public long droppedWindows() {
        long n = 0;
        for (JobLogs j : jobs) {
            if (j.channel() != null) {
                n += j.channel().droppedCount();
            }
        }
        return n;
    }

    /** Write errors so far, one per failed job. */
    public List<IOException> errors() {
        List<IOException> out = new ArrayList<>();
        for (JobLogs j : jobs) {
            if (j.failure() != null) {
                out.add(j.failure());
            }
        }
        return out;
    }

    /** The log files created, in creation order. */
    public synchronized List<Path> files() {
        return List.copyOf(files);
    }
}
