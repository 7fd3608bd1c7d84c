package io.jfio.engine.output.log;

import io.jfio.engine.sample.JobSampler;
import io.jfio.engine.sample.SampleChannel;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.IntervalSample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The command line's {@code --bandwidth-log}: the bandwidth of all jobs together, one file per direction
 * ({@code agg-read_bw.log}, {@code agg-write_bw.log}, {@code agg-trim_bw.log}) in fio's log format
 * ({@code time, KiB/s, ddir, 0, 0}), one line per period in which the direction moved data. Periods are
 * anchored at the run's start; each job window counts in the period its end falls in, and a period is
 * written once every running job has published past it. (fio 3.33 creates these files but leaves them
 * empty outside client/server mode.)
 * <p>
 * Threading: {@link #register} from the setup thread before the job starts; {@link #pump} and {@link #close}
 * from the log writer's thread (or the thread closing the writer, after it stopped).
 */
public final class AggregateBandwidthLog {

    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final long periodNanos;
    private final long runStartNanos;
    private final LogSink[] sinks = new LogSink[Direction.values().length];
    private final List<Source> sources = new ArrayList<>();
    private final TreeMap<Long, long[]> bytesByPeriod = new TreeMap<>();
    private long lastEndNanos;
    private boolean closed;

    private static final class Source {
        final JobSampler sampler;
        final SampleChannel channel;
        long publishedUpToNanos; // run time of the end of its last window

        Source(JobSampler sampler, SampleChannel channel) {
            this.sampler = sampler;
            this.channel = channel;
        }
    }

    /**
     * Creates the three files in {@code directory}.
     *
     * @param periodMillis  the line period (fio uses {@code bwavgtime}, 500 ms by default)
     * @param runStartNanos the run's start, a clock reading: time 0 of the log
     */
    public AggregateBandwidthLog(Path directory, long periodMillis, long runStartNanos) throws IOException {
        if (periodMillis <= 0) {
            throw new IllegalArgumentException("bandwidth log period must be positive, got " + periodMillis + " ms");
        }
        this.periodNanos = periodMillis * NANOS_PER_MILLI;
        this.runStartNanos = runStartNanos;
        Files.createDirectories(directory.toAbsolutePath());
        for (Direction d : Direction.values()) {
            OutputStream out = Files.newOutputStream(directory.resolve("agg-" + d.label() + "_bw.log"));
            sinks[d.ordinal()] = new TextLogSink(out, false, false);
        }
    }

    /** Adds a job. Call before it starts. */
    public void register(JobSampler sampler, int channelCapacity) {
        sources.add(new Source(sampler, sampler.subscribe("bandwidth log", channelCapacity)));
    }

    /** Takes the windows published so far and writes the periods every job has passed. */
    int pump(int limit) throws IOException {
        int n = 0;
        for (Source s : sources) {
            IntervalSample w;
            while (n < limit && (w = s.channel.poll()) != null) {
                n++;
                long runEnd = s.sampler.anchorNanos() - runStartNanos + w.endNanos();
                s.publishedUpToNanos = runEnd;
                lastEndNanos = Math.max(lastEndNanos, runEnd);
                long period = Math.max(0, (runEnd - 1) / periodNanos);
                long[] bytes = bytesByPeriod.computeIfAbsent(period, k -> new long[Direction.values().length]);
                for (DirectionWindow d : w.directions()) {
                    bytes[d.direction().ordinal()] += d.bytes();
                }
            }
        }
        long complete = Long.MAX_VALUE;
        for (Source s : sources) {
            if (s.sampler.isStarted() && !s.channel.isDrained()) {
                // a job that has not started yet (a later stonewall group) holds nothing back
                complete = Math.min(complete, Math.max(s.publishedUpToNanos, s.sampler.anchorNanos() - runStartNanos));
            }
        }
        writePeriodsEndingBy(complete);
        return n;
    }

    private void writePeriodsEndingBy(long runNanos) throws IOException {
        while (!bytesByPeriod.isEmpty()) {
            Map.Entry<Long, long[]> first = bytesByPeriod.firstEntry();
            long start = first.getKey() * periodNanos;
            long end = start + periodNanos;
            if (end > runNanos && runNanos != Long.MAX_VALUE) {
                return;
            }
            long realEnd = Math.min(end, Math.max(lastEndNanos, start + 1));
            long[] bytes = first.getValue();
            for (Direction d : Direction.values()) {
                long b = bytes[d.ordinal()];
                if (b > 0) {
                    long kibPerSecond = (long) (b * 1e9 / (realEnd - start) / 1024 + 1e-6);
                    sinks[d.ordinal()].entry(realEnd / NANOS_PER_MILLI, kibPerSecond, -1, d.fioCode(), 0, 0, 0);
                }
            }
            bytesByPeriod.remove(first.getKey());
        }
    }

    /** Writes everything left, the last period over its real length, and closes the files. Idempotent. */
    void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        IOException first = null;
        try {
            while (pump(Integer.MAX_VALUE) > 0) {
                // drain
            }
            writePeriodsEndingBy(Long.MAX_VALUE);
        } catch (IOException e) {
            first = e;
        }
        for (LogSink s : sinks) {
            try {
                s.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
