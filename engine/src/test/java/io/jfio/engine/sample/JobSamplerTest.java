package io.jfio.engine.sample;

import io.jfio.engine.stats.PercentileList;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.JobStats;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobSamplerTest {

    private static final long MS = 1_000_000L;
    private static final long T0 = 5_000 * MS; // an arbitrary clock reading for the job's start

    private static JobSampler sampler(long windowMs, boolean slat) {
        return new JobSampler(new SamplerConfig("job", 1, windowMs, EnumSet.of(Direction.READ, Direction.WRITE), slat,
                PercentileList.FIO_DEFAULT, 500, 500, false));
    }

    private static List<IntervalSample> drain(JobSampler s, SampleChannel c) {
        s.processClosedWindows();
        List<IntervalSample> out = new ArrayList<>();
        c.drain(out::add, Integer.MAX_VALUE);
        return out;
    }

    private static void write(JobSampler s, long atMs) {
        s.recordCompletion(Direction.WRITE, 4096, 0, 0, 20_000, 21_000, T0 + atMs * MS);
    }

    @Test
    void windowsStayAnchoredAtJobStartAcrossLoopReEntry() {
        JobSampler s = sampler(100, false);
        SampleChannel c = s.subscribe("test", 64);
        s.start(T0);
        // a time_based job on a tiny file: three I/Os per pass, then 37 ms to re-open and lay out again
        List<Long> completions = new ArrayList<>();
        long t = 3;
        while (t < 1000) {
            for (int i = 0; i < 3 && t < 1000; i++, t += 4) {
                write(s, t);
                completions.add(t);
            }
            t += 37;
        }
        s.finish(T0 + 1000 * MS);
        List<IntervalSample> windows = drain(s, c);
        assertEquals(11, windows.size()); // ten full windows and the empty final one at 1000 ms
        for (int k = 0; k < 10; k++) {
            final int window = k;
            long expected = completions.stream().filter(ms -> ms / 100 == window).count();
            assertEquals(k * 100L, windows.get(k).startMillis());
            assertEquals(k * 100L + 100, windows.get(k).endMillis());
            assertEquals(expected, windows.get(k).direction(Direction.WRITE).ios(), "window " + k);
        }
        assertTrue(windows.get(10).finalWindow());
        assertEquals(completions.size(), s.stats().direction(Direction.WRITE).ios());
    }

    @Test
    void windowsKeepTheirLatencyHistogramsOnlyWhenAsked() {
        JobSampler plain = sampler(100, true);
        SampleChannel plainChannel = plain.subscribe("cli", 8);
        JobSampler asked = sampler(100, true);
        SampleChannel askedChannel = asked.subscribe("gui", 8);
        asked.keepWindowHistograms();
        for (JobSampler s : List.of(plain, asked)) {
            s.start(T0);
            for (int i = 0; i < 99; i++) {
                s.recordSubmission(Direction.WRITE, 4096, 0, 0, 1_000, T0 + i * MS);
                s.recordCompletion(Direction.WRITE, 4096, 0, 0, 20_000, 21_000, T0 + i * MS);
            }
            s.recordSubmission(Direction.WRITE, 4096, 0, 0, 1_000, T0 + 99 * MS);
            s.recordCompletion(Direction.WRITE, 4096, 0, 0, 5_000_000, 5_001_000, T0 + 99 * MS);
            s.finish(T0 + 100 * MS);
        }
        var plainWrite = drain(plain, plainChannel).get(0).direction(Direction.WRITE);
        var askedWrite = drain(asked, askedChannel).get(0).direction(Direction.WRITE);
        assertEquals(null, plainWrite.clat().histogram());
        assertEquals(plainWrite.clat().percentiles(), askedWrite.clat().percentiles());
        // 99 I/Os in the 20 µs bucket and one in the 5 ms bucket; lat and slat kept alike
        var clat = askedWrite.clat().histogram();
        assertEquals(2, clat.size());
        assertEquals(99, clat.count(0));
        assertEquals(1, clat.count(1));
        assertEquals(20_000, clat.valueAtPercentile(99), 20_000 / 100.0);
        assertEquals(100, askedWrite.lat().histogram().total());
        assertEquals(100, askedWrite.slat().histogram().total());
    }

    @Test
    void lastPartialWindowRateIsOverItsRealLength() {
        JobSampler s = sampler(100, false);
        SampleChannel c = s.subscribe("test", 64);
        s.start(T0);
        write(s, 50);
        for (int i = 0; i < 5; i++) {
            write(s, 110 + i * 5);
        }
        s.finish(T0 + 140 * MS);
        List<IntervalSample> windows = drain(s, c);
        assertEquals(2, windows.size());
        IntervalSample last = windows.get(1);
        assertTrue(last.finalWindow());
        assertEquals(100, last.startMillis());
        assertEquals(140, last.endMillis());
        assertEquals(5 / 0.040, last.direction(Direction.WRITE).iops(), 1e-9);
        assertEquals(5 * 4096 / 0.040 / 1024, last.direction(Direction.WRITE).bandwidthKiBps(), 1e-9);
    }

    @Test
    void tickerClosesWindowsOfAStalledJob() {
        JobSampler s = sampler(100, false);
        SampleChannel c = s.subscribe("test", 64);
        s.start(T0);
        write(s, 10);
        write(s, 20);
        // the I/O thread is now stuck in a system call: only the ticker can close windows
        s.closeOverdue(T0 + 350 * MS, 20 * MS);
        List<IntervalSample> windows = drain(s, c);
        assertEquals(3, windows.size());
        assertEquals(2, windows.get(0).direction(Direction.WRITE).ios());
        assertFalse(windows.get(1).hasIo());
        assertFalse(windows.get(2).hasIo());
        assertEquals(300, windows.get(2).endMillis());
    }

    @Test
    void tickerLeavesAWindowToTheIoThreadDuringTheGrace() {
        JobSampler s = sampler(100, false);
        SampleChannel c = s.subscribe("test", 64);
        s.start(T0);
        write(s, 10);
        s.closeOverdue(T0 + 110 * MS, 20 * MS);
        assertEquals(0, drain(s, c).size());
        write(s, 115); // the I/O thread closes window 0 itself and the I/O lands in window 1
        List<IntervalSample> windows = drain(s, c);
        assertEquals(1, windows.size());
        assertEquals(1, windows.get(0).direction(Direction.WRITE).ios());
    }

    @Test
    void sampleTickerDrivesOverdueClosingOnAFakeClock() {
        long[] now = {T0};
        SampleTicker ticker = new SampleTicker(() -> now[0], 10, 20);
        JobSampler s = sampler(100, false);
        SampleChannel c = s.subscribe("test", 64);
        s.start(T0);
        ticker.register(s);
        write(s, 5);
        now[0] = T0 + 119 * MS;
        ticker.tick();
        assertEquals(0, c.size());
        now[0] = T0 + 120 * MS;
        ticker.tick();
        assertEquals(1, c.size());
        s.finish(T0 + 130 * MS);
        ticker.tick();
        assertEquals(0, ticker.size());
    }

    @Test
    void recordsBeforeStartAndAfterFinishAreIgnored() {
        JobSampler s = sampler(100, false);
        write(s, -10); // during ramp_time
        s.start(T0);
        write(s, 10);
        s.finish(T0 + 50 * MS);
        write(s, 60);
        assertEquals(1, s.stats().direction(Direction.WRITE).ios());
    }

    @Test
    void bandwidthSummaryUsesBwavgtimeWindowsNotIos() {
        JobSampler s = sampler(100, false);
        s.start(T0);
        // 1 s at 500 writes per second, then 250 per second for another second
        for (int ms = 0; ms < 2000; ms += ms < 1000 ? 2 : 4) {
            write(s, ms + 1);
        }
        s.finish(T0 + 2000 * MS);
        DirectionStats w = s.stats().direction(Direction.WRITE);
        assertEquals(4, w.bandwidthKiBps().samples());
        assertEquals(4, w.iops().samples());
        assertEquals(500.0, w.iops().max(), 1e-9);
        assertEquals(250.0, w.iops().min(), 1e-9);
        assertEquals(375.0, w.iops().mean(), 1e-9);
        assertEquals(500.0 * 4096 / 1024, w.bandwidthKiBps().max(), 1e-9);
        assertEquals(0, s.stats().direction(Direction.READ).iops().samples());
    }

    @Test
    void submissionLatencyIsRecordedForAsyncEngines() {
        JobSampler s = sampler(100, true);
        s.start(T0);
        s.recordSubmission(Direction.READ, 4096, 0, 0, 700, T0 + MS);
        s.recordSubmission(Direction.READ, 4096, 0, 0, 900, T0 + 2 * MS);
        s.finish(T0 + 10 * MS);
        JobStats stats = s.stats();
        assertEquals(2, stats.direction(Direction.READ).slat().count());
        assertEquals(800.0, stats.direction(Direction.READ).slat().meanNanos(), 1e-9);
        assertTrue(sampler(100, false).stats().direction(Direction.READ).slat().isEmpty());
    }

    @Test
    void windowPercentilesComeFromTheWindowOnly() {
        JobSampler s = sampler(100, false);
        SampleChannel c = s.subscribe("test", 64);
        s.start(T0);
        s.recordCompletion(Direction.READ, 4096, 0, 0, 1_000, 1_100, T0 + MS);
        s.recordCompletion(Direction.READ, 4096, 0, 0, 9_000, 9_100, T0 + 150 * MS);
        s.finish(T0 + 200 * MS);
        List<IntervalSample> w = drain(s, c);
        assertEquals(1_000, w.get(0).direction(Direction.READ).clat().valueAt(99));
        assertEquals(9_000, w.get(1).direction(Direction.READ).clat().valueAt(99));
        assertEquals(1_100, w.get(0).direction(Direction.READ).lat().maxNanos());
    }

    @Test
    void latencyBucketsCountEveryCompletion() {
        JobSampler s = sampler(100, false);
        s.start(T0);
        s.recordCompletion(Direction.READ, 4096, 0, 0, 5_000, 6_000, T0 + MS);
        s.recordCompletion(Direction.WRITE, 4096, 0, 0, 15_000, 16_000, T0 + 2 * MS);
        s.finish(T0 + 3 * MS);
        assertEquals(1, s.stats().latencyBuckets().count(12)); // usec "10"
        assertEquals(1, s.stats().latencyBuckets().count(13)); // usec "20"
    }

    @Test
    void fullChannelDropsAreReportedInStats() {
        JobSampler s = sampler(100, false);
        s.subscribe("slow", 2);
        s.start(T0);
        s.finish(T0 + 1000 * MS);
        assertEquals(11, s.stats().windowsClosed());
        assertEquals(9, s.stats().droppedSamples());
    }

    @Test
    void concurrentTickerNeverLosesOrDoublesAnIo() throws InterruptedException {
        JobSampler s = sampler(1, false);
        SampleChannel c = s.subscribe("test", 1 << 16);
        long start = System.nanoTime();
        s.start(start);
        AtomicBoolean done = new AtomicBoolean();
        Thread ticker = new Thread(() -> {
            while (!done.get()) {
                s.closeOverdue(System.nanoTime(), 0);
            }
        });
        ticker.start();
        int ios = 300_000;
        for (int i = 0; i < ios; i++) {
            s.recordCompletion(Direction.READ, 512, 0, 0, 100, 120, System.nanoTime());
        }
        done.set(true);
        ticker.join();
        s.finish(System.nanoTime());
        List<IntervalSample> windows = drain(s, c);
        long sum = 0;
        for (int k = 0; k < windows.size(); k++) {
            sum += windows.get(k).direction(Direction.READ).ios();
            if (k > 0) {
                assertEquals(windows.get(k - 1).endNanos(), windows.get(k).startNanos());
            }
        }
        assertEquals(ios, sum);
        assertEquals(ios, s.stats().direction(Direction.READ).ios());
        assertEquals(0, c.droppedCount());
    }

    @Test
    void cumulativeSnapshotsFollowThePeriodAndKeepTheHistogram() {
        JobSampler s = sampler(100, false);
        s.subscribe("test", 64);
        s.keepCumulativeSnapshots(300);
        s.start(T0);
        for (int ms = 10; ms < 250; ms += 10) {
            write(s, ms);
        }
        s.closeOverdue(T0 + 260 * MS, 0); // publishes windows [0,100) and [100,200): 200 ms of job time
        assertEquals(null, s.latestCumulative());
        write(s, 350);
        s.closeOverdue(T0 + 400 * MS, 0); // up to 400 ms: due
        JobStats first = s.latestCumulative();
        assertEquals(25, first.direction(Direction.WRITE).clat().count());
        assertEquals(25, first.direction(Direction.WRITE).clat().histogram().total());
        write(s, 450);
        s.closeOverdue(T0 + 500 * MS, 0); // only 100 ms later: the snapshot stays
        assertTrue(first == s.latestCumulative());
        s.finish(T0 + 520 * MS); // the last window always brings one
        assertEquals(26, s.latestCumulative().direction(Direction.WRITE).clat().histogram().total());
    }

    @Test
    void noCumulativeSnapshotUnlessAskedFor() {
        JobSampler s = sampler(100, false);
        s.start(T0);
        write(s, 10);
        s.finish(T0 + 150 * MS);
        assertEquals(null, s.latestCumulative());
    }
}
