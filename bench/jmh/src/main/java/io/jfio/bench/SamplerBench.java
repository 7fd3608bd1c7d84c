package io.jfio.bench;

import io.jfio.engine.sample.JobSampler;
import io.jfio.engine.sample.SamplerConfig;
import io.jfio.engine.stats.PercentileList;
import io.jfio.model.result.Direction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.EnumSet;
import java.util.concurrent.TimeUnit;

/**
 * What recording one I/O in a {@link JobSampler} costs on the I/O thread: {@code recordCompletion} (a 4 KiB
 * read with its clat and lat, into the window's counters and latency histograms) and {@code recordSubmission}
 * (its slat, as an asynchronous engine records it). Latencies cycle through 1024 values spread from 5 us to
 * about 2 ms so the histograms see varied buckets. Run with {@code -prof gc}: both should show 0 B/op.
 *
 * <p>The sampler runs with one-day windows and a synthetic clock that advances 1 us per record, so no window
 * closes during a run (that takes 86 billion records): closing (once per window) and publishing (on the ticker thread) are not on the
 * per-I/O path and are not measured here. No per-I/O log listener is set (the default job).
 *
 * <p>Threading: JMH's one benchmark thread per state, standing for the job's single I/O thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SamplerBench {

    private static final long DAY_MILLIS = 86_400_000L;
    private static final int LATENCY_MASK = 1023;

    private final long[] latenciesNanos = new long[LATENCY_MASK + 1];
    private JobSampler sampler;
    private long clockNanos;
    private int next;

    @Setup
    public void createSampler() {
        sampler = new JobSampler(new SamplerConfig("bench", 1, DAY_MILLIS, EnumSet.of(Direction.READ), true,
                PercentileList.FIO_DEFAULT, DAY_MILLIS, DAY_MILLIS, false));
        clockNanos = 1_000_000_000L;
        sampler.start(clockNanos);
        double ratio = Math.pow(2_000_000.0 / 5_000.0, 1.0 / LATENCY_MASK);
        for (int i = 0; i <= LATENCY_MASK; i++) {
            latenciesNanos[i] = Math.round(5_000 * Math.pow(ratio, i));
        }
    }

    @TearDown
    public void finishSampler() {
        sampler.finish(clockNanos);
    }

    /** One completed 4 KiB read: clat, and lat 1 us longer. */
    @Benchmark
    public void recordCompletion() {
        long clatNanos = latenciesNanos[next++ & LATENCY_MASK];
        clockNanos += 1_000;
        sampler.recordCompletion(Direction.READ, 4096, 0, 0, clatNanos, clatNanos + 1_000, clockNanos);
    }

    /** One submitted 4 KiB read with its slat. */
    @Benchmark
    public void recordSubmission() {
        long slatNanos = latenciesNanos[next++ & LATENCY_MASK];
        clockNanos += 1_000;
        sampler.recordSubmission(Direction.READ, 4096, 0, 0, slatNanos, clockNanos);
    }
}
