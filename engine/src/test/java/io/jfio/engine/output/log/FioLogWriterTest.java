package io.jfio.engine.output.log;

import io.jfio.engine.sample.JobSampler;
import io.jfio.engine.sample.SamplePeriods;
import io.jfio.engine.sample.SamplerConfig;
import io.jfio.engine.stats.PercentileList;
import io.jfio.model.log.FioLogReader;
import io.jfio.model.log.HistogramLogEntry;
import io.jfio.model.log.LogEntry;
import io.jfio.model.result.Direction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * jfio's logs against fio 3.33's for the jobs of {@code fio-3.33/golden.fio}: same names, same columns, same
 * line counts where fio's count is not one of its bugs. The jobs are simulated at the golden job's pace:
 * 20 IOPS per direction for 500 ms.
 */
class FioLogWriterTest {

    private static final long MS = 1_000_000L;
    private static final long T0 = 1_000 * MS;

    @TempDir
    Path dir;

    private static Path golden(String name) {
        try {
            return Path.of(FioLogWriterTest.class.getResource("/io/jfio/engine/output/log/fio-3.33/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one simulated job: I/Os every 50 ms from 1 ms, per direction, for 500 ms. */
    private JobSampler runJob(FioLogWriter writer, FioLogOptions options, int jobIndex, Set<Direction> dirs,
                              boolean async, int prio) throws IOException {
        long window = SamplePeriods.baseWindowMillis(500, 500, options.windowPeriodsMillis().length > 0
                ? options.windowPeriodsMillis()[0] : 0, options.logHistMillis());
        JobSampler s = new JobSampler(new SamplerConfig("job" + jobIndex, jobIndex, window, dirs, async,
                PercentileList.FIO_DEFAULT, 500, 500, options.histogramLogging()));
        writer.register(s, options);
        s.start(T0);
        for (int k = 0; k < 10; k++) {
            long at = T0 + (1 + 50 * k) * MS;
            for (Direction d : dirs) {
                long offset = 4096L * ((k * 37 + d.ordinal() * 11) % 256);
                if (async) {
                    s.recordSubmission(d, 4096, offset, prio, 5_000 + k, at - 40_000);
                }
                s.recordCompletion(d, 4096, offset, prio, 245_460 + 1000 * k, 246_412 + 1000 * k, at);
            }
        }
        s.finish(T0 + 500 * MS + 300_000);
        return s;
    }

    private static FioLogOptions options(Path dir) {
        return FioLogOptions.none().withFormat(false, false, true, false, dir);
    }

    private Set<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.US_ASCII);
    }

    /** Column count and, per column, whether it is hex; the time and value columns' digits are ignored. */
    private static String shape(String line) {
        String[] cols = line.split(", ");
        StringBuilder sb = new StringBuilder().append(cols.length).append(':');
        for (int i = 2; i < cols.length; i++) {
            sb.append(cols[i].startsWith("0x") ? 'x' : 'd');
        }
        return sb.toString();
    }

    private static void assertSameShape(Path fio, Path jfio) throws IOException {
        Set<String> fioShapes = lines(fio).stream().map(FioLogWriterTest::shape).collect(Collectors.toSet());
        Set<String> jfioShapes = lines(jfio).stream().map(FioLogWriterTest::shape).collect(Collectors.toSet());
        assertEquals(fioShapes, jfioShapes, jfio.getFileName() + " vs fio's " + fio.getFileName());
    }

    @Test
    void perIoLogsHaveFiosNamesColumnsAndLineCounts() throws IOException {
        FioLogWriter writer = new FioLogWriter();
        FioLogOptions o = options(dir).withLatLog("perio").withBwLog("perio").withIopsLog("perio");
        runJob(writer, o, 1, EnumSet.of(Direction.READ, Direction.WRITE), false, 0);
        writer.close();
        assertEquals(Set.of("perio_lat.1.log", "perio_clat.1.log", "perio_slat.1.log", "perio_bw.1.log",
                "perio_iops.1.log"), names());
        for (String type : List.of("lat", "clat", "bw", "iops")) {
            Path mine = dir.resolve("perio_" + type + ".1.log");
            assertEquals(lines(golden("perio_" + type + ".1.log")).size(), lines(mine).size(), type);
            assertSameShape(golden("perio_" + type + ".1.log"), mine);
        }
        assertEquals(0, Files.size(dir.resolve("perio_slat.1.log")));
        assertEquals("1, 245460, 0, 4096, 0", lines(dir.resolve("perio_clat.1.log")).get(0));
        assertEquals("1, 246412, 0, 4096, 0", lines(dir.resolve("perio_lat.1.log")).get(0));
        // fio: bw = bytes * 10^6 / clat ns, truncated (4096e6 / 245460 = 16687.04); fio wrote 16687 for this clat
        assertEquals("1, 16687, 0, 4096, 0", lines(dir.resolve("perio_bw.1.log")).get(0));
        assertEquals("1, 1, 1, 4096, 0", lines(dir.resolve("perio_iops.1.log")).get(1));
    }

    @Test
    void goldenPerIoBandwidthIsBytesTimesAMillionOverClat() throws IOException {
        List<LogEntry> bw = FioLogReader.readAll(golden("perio_bw.1.log"));
        List<LogEntry> clat = FioLogReader.readAll(golden("perio_clat.1.log"));
        for (int i = 0; i < bw.size(); i++) {
            assertEquals(4096L * 1_000_000L / clat.get(i).value(), bw.get(i).value(), "line " + (i + 1));
        }
    }

    @Test
    void logOffsetAddsTheOffsetColumn() throws IOException {
        FioLogWriter writer = new FioLogWriter();
        FioLogOptions o = options(dir).withLatLog("offset").withBwLog("offset").withFormat(true, false, true, false, dir);
        runJob(writer, o, 2, EnumSet.of(Direction.READ, Direction.WRITE), false, 0);
        writer.close();
        assertEquals(Set.of("offset_lat.2.log", "offset_clat.2.log", "offset_slat.2.log", "offset_bw.2.log"), names());
        assertSameShape(golden("offset_clat.2.log"), dir.resolve("offset_clat.2.log"));
        assertSameShape(golden("offset_bw.2.log"), dir.resolve("offset_bw.2.log"));
        assertEquals(0, FioLogReader.readAll(dir.resolve("offset_clat.2.log")).get(0).offset());
        assertEquals(4096 * 37, FioLogReader.readAll(dir.resolve("offset_clat.2.log")).get(2).offset());
    }

    @Test
    void logPrioWritesTheIoprioInHex() throws IOException {
        FioLogWriter writer = new FioLogWriter();
        FioLogOptions o = options(dir).withLatLog("prio").withFormat(false, true, true, false, dir);
        runJob(writer, o, 3, EnumSet.of(Direction.READ), false, 0x4004);
        writer.close();
        assertSameShape(golden("prio_lat.3.log"), dir.resolve("prio_lat.3.log"));
        assertEquals(lines(golden("prio_clat.3.log")).size(), lines(dir.resolve("prio_clat.3.log")).size());
        assertTrue(lines(dir.resolve("prio_lat.3.log")).get(0).endsWith(", 4096, 0x4004"));
    }

    @Test
    void realTimeClassShowsAsOneWithoutLogPrio() throws IOException {
        FioLogWriter writer = new FioLogWriter();
        FioLogOptions o = options(dir).withLatLog("rt");
        runJob(writer, o, 1, EnumSet.of(Direction.READ), false, (1 << 13) | 2);
        writer.close();
        assertTrue(lines(dir.resolve("rt_clat.1.log")).get(0).endsWith(", 4096, 1"));
    }

    @Test
    void windowedLogsWriteOneLinePerDirectionPerWindow() throws IOException {
        FioLogWriter writer = new FioLogWriter();
        FioLogOptions o = options(dir).withLatLog("win").withBwLog("win").withIopsLog("win")
                .withWindows(100, WindowValue.AVG);
        runJob(writer, o, 4, EnumSet.of(Direction.READ, Direction.WRITE), false, 0);
        writer.close();
        assertEquals(Set.of("win_lat.4.log", "win_clat.4.log", "win_slat.4.log", "win_bw.4.log", "win_iops.4.log"),
                names());
        for (String type : List.of("lat", "clat", "bw", "iops")) {
            assertSameShape(golden("win_" + type + ".4.log"), dir.resolve("win_" + type + ".4.log"));
        }
        assertEquals(lines(golden("win_clat.4.log")).size(), lines(dir.resolve("win_clat.4.log")).size());
        List<LogEntry> iops = FioLogReader.readAll(dir.resolve("win_iops.4.log"));
        assertEquals(10, iops.size());
        // two I/Os per direction per 100 ms window: 20 IOPS; the 0.3 ms tail is folded into the last window
        assertEquals(List.of(100L, 100L, 200L, 200L, 300L, 300L, 400L, 400L, 500L, 500L),
                iops.stream().map(LogEntry::timeMillis).toList());
        assertEquals(20, iops.get(0).value());
        assertEquals(19, iops.get(9).value()); // 2 I/Os over 100.3 ms
        List<LogEntry> clat = FioLogReader.readAll(dir.resolve("win_clat.4.log"));
        assertEquals(245_960, clat.get(0).value()); // mean of 245460 and 246460
        assertEquals(2 * 4096 * 10 / 1024, FioLogReader.readAll(dir.resolve("win_bw.4.log")).get(0).value());
    }

    @Test
    void logMaxValueWritesTheWindowMaximum() throws IOException {
        FioLogWriter writer = new FioLogWriter();
        runJob(writer, options(dir).withLatLog("max").withWindows(100, WindowValue.MAX), 1,
                EnumSet.of(Direction.READ), false, 0);
        writer.close();
        assertEquals(246_460, FioLogReader.readAll(dir.resolve("max_clat.1.log")).get(0).value());
    }

    @Test
    void logWindowValueBothWritesAverageAndMax() throws IOException {
        FioLogWriter writer = new FioLogWriter();
        runJob(writer, options(dir).withLatLog("both").withBwLog("both").withWindows(100, WindowValue.BOTH), 1,
                EnumSet.of(Direction.READ), false, 0);
        writer.close();
        try (FioLogReader r = FioLogReader.open(dir.resolve("both_clat.1.log"), FioLogReader.Layout.AVERAGE_AND_MAX)) {
            LogEntry e = r.next();
            assertEquals(245_960, e.value());
            assertEquals(246_460, e.maxValue());
        }
        assertEquals("100, 80, 80, 0, 0, 0", lines(dir.resolve("both_bw.1.log")).get(0));
    }

    @Test
    void histogramLogHasFiosBinLayout() throws IOException {
        FioLogWriter writer = new FioLogWriter();
        runJob(writer, options(dir).withHistLog("hist", 100, 0), 5, EnumSet.of(Direction.READ), false, 0);
        runJob(writer, options(dir).withHistLog("hist6", 100, 6), 6, EnumSet.of(Direction.READ), false, 0);
        writer.close();
        assertEquals(Set.of("hist_clat_hist.5.log", "hist6_clat_hist.6.log"), names());
        assertSameShape(golden("hist_clat_hist.5.log"), dir.resolve("hist_clat_hist.5.log"));
        assertSameShape(golden("hist6_clat_hist.6.log"), dir.resolve("hist6_clat_hist.6.log"));
        List<HistogramLogEntry> mine = FioLogReader.readAllHistograms(dir.resolve("hist_clat_hist.5.log"));
        assertEquals(5, mine.size());
        assertEquals(10, mine.stream().mapToLong(HistogramLogEntry::total).sum());
        // 245460 ns: group of 2^17, bin width 2^11: bin (17 - 6 + 1) * 64 + (245460 >> 11) % 64
        assertEquals(1, mine.get(0).binCount((17 - 6 + 1) * 64 + (245_460 >> 11) % 64));
    }

    @Test
    void histogramLogWithoutLogHistMsecIsEmptyAsInFio() throws IOException {
        FioLogWriter writer = new FioLogWriter();
        runJob(writer, options(dir).withHistLog("nohist", 0, 0), 1, EnumSet.of(Direction.READ), false, 0);
        writer.close();
        assertEquals(0, Files.size(dir.resolve("nohist_clat_hist.1.log")));
    }

    @Test
    void perJobLogsOffSharesOneFileJobAfterJob() throws IOException {
        FioLogWriter writer = new FioLogWriter();
        FioLogOptions o = options(dir).withLatLog("shared").withIopsLog("shared").withFormat(false, false, false, false, dir);
        runJob(writer, o, 7, EnumSet.of(Direction.READ), false, 0);
        runJob(writer, o, 8, EnumSet.of(Direction.READ), false, 0);
        writer.close();
        assertEquals(Set.of("shared_lat.log", "shared_clat.log", "shared_slat.log", "shared_iops.log"), names());
        for (String type : List.of("lat", "clat", "iops")) {
            assertEquals(lines(golden("shared_" + type + ".log")).size(), lines(dir.resolve("shared_" + type + ".log")).size());
            assertSameShape(golden("shared_" + type + ".log"), dir.resolve("shared_" + type + ".log"));
        }
        List<Long> times = FioLogReader.readAll(dir.resolve("shared_clat.log")).stream().map(LogEntry::timeMillis).toList();
        assertEquals(times.subList(0, 10), times.subList(10, 20)); // second job's lines follow the first's
    }

    @Test
    void asyncEngineWritesSlatPerSubmission() throws IOException {
        FioLogWriter writer = new FioLogWriter();
        runJob(writer, options(dir).withLatLog("aio").withFormat(true, false, true, false, dir), 11,
                EnumSet.of(Direction.READ), true, 0);
        writer.close();
        assertSameShape(golden("aio_slat.11.log"), dir.resolve("aio_slat.11.log"));
        assertEquals(lines(golden("aio_slat.11.log")).size(), lines(dir.resolve("aio_slat.11.log")).size());
        assertEquals(5_000, FioLogReader.readAll(dir.resolve("aio_slat.11.log")).get(0).value());
    }

    @Test
    void storeCompressedWritesFiosBinaryFzLogs() throws IOException {
        FioLogWriter writer = new FioLogWriter();
        runJob(writer, options(dir).withLatLog("fz").withFormat(true, false, true, true, dir), 9,
                EnumSet.of(Direction.READ, Direction.WRITE), false, 0);
        writer.close();
        assertEquals(Set.of("fz_lat.9.log.fz", "fz_clat.9.log.fz", "fz_slat.9.log.fz"), names());
        try (FioLogReader mine = FioLogReader.open(dir.resolve("fz_clat.9.log.fz"));
             FioLogReader fio = FioLogReader.open(golden("fz_clat.9.log.fz"))) {
            assertTrue(mine.isBinary());
            List<LogEntry> entries = mine.entries().toList();
            assertEquals(fio.entries().count(), entries.size());
            assertEquals(new LogEntry(1, 245_460, -1, 0, 4096, 0, 0), entries.get(0));
        }
    }

    @Test
    void fioInflatesJfiosCompressedLogs() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/fio")), "fio is not installed");
        FioLogWriter writer = new FioLogWriter();
        runJob(writer, options(dir).withLatLog("inf").withFormat(true, true, true, true, dir), 1,
                EnumSet.of(Direction.READ), false, 0x4004);
        writer.close();
        Process p = new ProcessBuilder("/usr/bin/fio", "--inflate-log=" + dir.resolve("inf_clat.1.log.fz"))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        List<String> lines = out.lines().toList();
        assertEquals(10, lines.size(), out);
        assertEquals("1, 245460, 0, 4096, 0, 0x4004", lines.get(0));
    }

    @Test
    void compressedSharedLogsAreOneZlibStreamOfAllJobs() throws IOException {
        FioLogWriter writer = new FioLogWriter();
        FioLogOptions o = options(dir).withIopsLog("zs").withFormat(false, false, false, true, dir);
        runJob(writer, o, 1, EnumSet.of(Direction.READ), false, 0);
        runJob(writer, o, 2, EnumSet.of(Direction.READ), false, 0);
        writer.close();
        assertEquals(Set.of("zs_iops.log.fz"), names());
        assertEquals(20, FioLogReader.readAll(dir.resolve("zs_iops.log.fz")).size());
    }

    @Test
    void compressedHistogramLogHoldsText() throws IOException {
        FioLogWriter writer = new FioLogWriter();
        runJob(writer, options(dir).withHistLog("hz", 100, 3).withFormat(false, false, true, true, dir), 1,
                EnumSet.of(Direction.READ), false, 0);
        writer.close();
        List<HistogramLogEntry> lines = FioLogReader.readAllHistograms(dir.resolve("hz_clat_hist.1.log.fz"));
        assertEquals(5, lines.size());
        assertEquals(232, lines.get(0).binCount());
    }

    @Test
    void logsStreamToDiskWhileTheJobRuns() throws IOException, InterruptedException {
        FioLogWriter writer = new FioLogWriter(1 << 12, 64, 1);
        JobSampler s = new JobSampler(SamplerConfig.defaults("stream", 1, EnumSet.of(Direction.READ)));
        writer.register(s, options(dir).withLatLog("stream"));
        writer.start();
        s.start(T0);
        Path clat = dir.resolve("stream_clat.1.log");
        int first = 4_000; // fits the ring; its lines fill the writer's 64 KiB buffer, which goes to disk
        for (int i = 0; i < first; i++) {
            s.recordCompletion(Direction.READ, 4096, 0, 0, 10_000, 11_000, T0 + i * 10_000L);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Files.size(clat) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertTrue(Files.size(clat) > 0, "nothing reached the disk while the job ran");
        int ios = 20_000;
        for (int i = first; i < ios; i++) {
            s.recordCompletion(Direction.READ, 4096, 0, 0, 10_000, 11_000, T0 + i * 10_000L);
        }
        s.finish(T0 + ios * 10_000L);
        writer.close();
        assertEquals(ios - writer.droppedRecords(), lines(clat).size());
    }

    @Test
    void perIoLogKeepsEveryLineWhenTheIoThreadOutrunsTheWriter() throws IOException {
        FioLogWriter writer = new FioLogWriter(64, 64, 1);
        JobSampler s = new JobSampler(SamplerConfig.defaults("fast", 1, EnumSet.of(Direction.READ)));
        writer.register(s, options(dir).withLatLog("fast").withBwLog("fast").withIopsLog("fast"));
        writer.start();
        s.start(T0);
        int ios = 100_000; // back to back: far faster than the writer formats four lines each
        for (int i = 0; i < ios; i++) {
            s.recordCompletion(Direction.READ, 4096, 4096L * i, 0, 10_000, 11_000, T0 + i * 1_000L);
        }
        s.finish(T0 + ios * 1_000L);
        writer.close();
        assertEquals(0, writer.droppedRecords());
        assertTrue(writer.ringWaits() > 0, "a 64-record ring must have filled");
        assertEquals(ios, lines(dir.resolve("fast_clat.1.log")).size());
        assertEquals(ios, lines(dir.resolve("fast_iops.1.log")).size());
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void closeWhileAJobStillRecordsEndsAndKeepsWhatWasThere() throws Exception {
        FioLogWriter writer = new FioLogWriter();
        JobSampler s = new JobSampler(SamplerConfig.defaults("busy", 1, EnumSet.of(Direction.READ)));
        writer.register(s, options(dir).withLatLog("busy"));
        writer.start();
        s.start(System.nanoTime());
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CountDownLatch recorded = new java.util.concurrent.CountDownLatch(1000);
        Thread io = new Thread(() -> {
            while (!stop.get()) {
                s.recordCompletion(Direction.READ, 4096, 0, 0, 1_000, 1_100, System.nanoTime());
                recorded.countDown();
            }
        });
        io.start();
        recorded.await();
        writer.close(); // the sampler was never finished: the run failed before its end
        stop.set(true);
        io.join();
        assertTrue(lines(dir.resolve("busy_clat.1.log")).size() >= 1000);
    }

    @Test
    void tenSecondTimeBasedJobGivesOneLinePerWindow() throws IOException {
        // the report's job B: writes for runtime=10, the last one completing just after the deadline
        for (long avgMillis : new long[] {500, 100}) {
            FioLogWriter writer = new FioLogWriter();
            FioLogOptions o = options(dir).withBwLog("b" + avgMillis).withIopsLog("b" + avgMillis)
                    .withWindows(avgMillis, WindowValue.AVG);
            JobSampler s = new JobSampler(new SamplerConfig("write", 1, SamplePeriods.baseWindowMillis(500, 500, avgMillis),
                    EnumSet.of(Direction.WRITE), false, PercentileList.FIO_DEFAULT, 500, 500, false));
            writer.register(s, o);
            s.start(T0);
            long t = T0;
            while (t - T0 < 10_000 * MS) {
                t += 37_000; // one 32 KiB write every 37 us
                s.recordCompletion(Direction.WRITE, 32 * 1024, 0, 0, 30_000, 31_000, t);
            }
            s.finish(t + 5_000);
            writer.close();
            long windows = 10_000 / avgMillis;
            assertEquals(windows, lines(dir.resolve("b" + avgMillis + "_bw.1.log")).size());
            assertEquals(windows, lines(dir.resolve("b" + avgMillis + "_iops.1.log")).size());
            assertEquals(avgMillis, FioLogReader.readAll(dir.resolve("b" + avgMillis + "_iops.1.log")).get(0).timeMillis());
        }
    }

    @Test
    void registerRejectsLogPeriodThatIsNotAMultipleOfTheWindow() {
        FioLogWriter writer = new FioLogWriter();
        JobSampler s = new JobSampler(SamplerConfig.defaults("j", 1, EnumSet.of(Direction.READ)));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> writer.register(s, options(dir).withLatLog("x").withWindows(300, WindowValue.AVG)));
        assertEquals("job j: log period 300 ms is not a multiple of the 500 ms sample window", e.getMessage());
    }
}
