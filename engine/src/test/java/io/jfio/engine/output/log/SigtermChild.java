package io.jfio.engine.output.log;

import io.jfio.engine.sample.JobSampler;
import io.jfio.engine.sample.NanoClock;
import io.jfio.engine.sample.SampleTicker;
import io.jfio.engine.sample.SamplerConfig;
import io.jfio.model.result.Direction;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * A stand-in for a jfio run that never ends on its own, for {@link SigtermLeavesCompleteLogsTest}: five
 * jobs doing simulated I/O on their own threads with per-I/O, windowed, compressed and shared logs, the
 * shutdown hook installed. Prints READY once windows have closed, then runs until killed.
 */
public final class SigtermChild {

    private SigtermChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        FioLogOptions base = FioLogOptions.none().withFormat(true, false, true, false, dir);
        List<FioLogOptions> options = List.of(
                base.withLatLog("perio"),
                base.withBwLog("win").withIopsLog("win").withWindows(100, WindowValue.AVG),
                base.withLatLog("fz").withFormat(true, false, true, true, dir),
                base.withIopsLog("shared").withFormat(false, false, false, false, dir),
                base.withIopsLog("shared").withFormat(false, false, false, false, dir));
        FioLogWriter writer = new FioLogWriter();
        SampleTicker ticker = new SampleTicker();
        List<JobSampler> samplers = new CopyOnWriteArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            JobSampler s = new JobSampler(new SamplerConfig("job", i + 1, 100, EnumSet.of(Direction.WRITE), false,
                    io.jfio.engine.stats.PercentileList.FIO_DEFAULT, 500, 500, false));
            writer.register(s, options.get(i));
            samplers.add(s);
        }
        LogShutdown.install(() -> samplers, writer, NanoClock.SYSTEM);
        writer.start();
        ticker.start();
        for (JobSampler s : samplers) {
            ticker.register(s);
            s.start(System.nanoTime());
            Thread io = new Thread(() -> {
                long offset = 0;
                while (true) {
                    long issued = System.nanoTime();
                    LockSupport.parkNanos(200_000);
                    long done = System.nanoTime();
                    s.recordCompletion(Direction.WRITE, 4096, offset, 0, done - issued, done - issued + 500, done);
                    offset = (offset + 4096) % (1 << 20);
                }
            }, "io-" + s.config().jobIndex());
            io.setDaemon(true);
            io.start();
        }
        while (samplers.get(1).stats().windowsClosed() < 4) {
            Thread.sleep(10);
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
