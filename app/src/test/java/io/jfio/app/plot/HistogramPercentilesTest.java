package io.jfio.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import io.jfio.engine.run.JobRunner;
import io.jfio.engine.run.JobSettingsReader;
import io.jfio.model.job.JobFileParser;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.Resolution;
import io.jfio.model.log.FioHistogramBins;
import io.jfio.model.log.FioLogReader;
import io.jfio.model.log.HistogramLogEntry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistogramPercentilesTest {

    /**
     * fio 3.33, {@code --ioengine=null --rw=randread --bs=4k --size=256m --write_hist_log=x
     * --log_hist_msec=100 --time_based --runtime=2}: 19 lines of 1856 bins.
     */
    static final Path FIO_HIST = PlotCommandTest.FIO_LOGS.resolve("fio333_randread_clat_hist.1.log");
    /** fio 3.33, randrw null engine, {@code log_hist_msec=250 log_hist_coarseness=4}: 116 bins a line. */
    static final Path FIO_COARSE_HIST = PlotCommandTest.FIO_LOGS.resolve("fio333_randrw_coarse4_clat_hist.1.log");

    @TempDir
    Path temp;

    /** The p-th percentile by sorting every sample (each at its bin's middle) and taking the rank-th one. */
    private static double percentileOfExpandedSamples(HistogramLogEntry line, double percentile) {
        int total = Math.toIntExact(line.total());
        double[] samples = new double[total];
        int next = 0;
        for (int bin = 0; bin < line.binCount(); bin++) {
            for (long k = 0; k < line.binCount(bin); k++) {
                samples[next++] = FioHistogramBins.midValueNanos(bin);
            }
        }
        java.util.Arrays.sort(samples);
        int rank = (int) Math.ceil(percentile / 100.0 * total);
        return samples[Math.max(0, rank - 1)];
    }

    @Test
    void percentilesOfEveryFioLineMatchTheSortedSamples() throws Exception {
        List<HistogramLogEntry> lines = FioLogReader.readAllHistograms(FIO_HIST);
        assertEquals(19, lines.size());
        for (HistogramLogEntry line : lines) {
            assertEquals(FioHistogramBins.BIN_COUNT, line.binCount());
            for (double p : HistogramPercentiles.PERCENTILES) {
                assertEquals(percentileOfExpandedSamples(line, p), HistogramPercentiles.percentileNanos(line, p), 0.0,
                        line + " p" + p);
            }
            assertEquals(percentileOfExpandedSamples(line, 100), HistogramPercentiles.maxNanos(line), 0.0, line.toString());
        }
    }

    @Test
    void theFirstFioLineGivesTheNullEnginesNanosecondLatencies() throws Exception {
        HistogramLogEntry first = FioLogReader.readAllHistograms(FIO_HIST).get(0);
        assertEquals(258_971, first.total());
        // Worked out by hand from the line: below 128 ns a bin is one nanosecond, so bin 40 is 40 ns;
        // bin 639 is the last of the 16..32 us group (256 ns wide), whose middle is 32,640 ns.
        assertEquals(40, HistogramPercentiles.percentileNanos(first, 50), 0.0);
        assertEquals(70, HistogramPercentiles.percentileNanos(first, 90), 0.0);
        assertEquals(81, HistogramPercentiles.percentileNanos(first, 99), 0.0);
        assertEquals(110, HistogramPercentiles.percentileNanos(first, 99.9), 0.0);
        assertEquals(32_640, HistogramPercentiles.maxNanos(first), 0.0);
    }

    @Test
    void aFioHistogramLogBecomesFivePercentileSeriesPerDirection() throws Exception {
        List<LogSeries> series = HistogramPercentiles.read(FIO_HIST);
        assertEquals(List.of("fio333_randread_clat_hist.1.log read p50", "fio333_randread_clat_hist.1.log read p90",
                "fio333_randread_clat_hist.1.log read p99", "fio333_randread_clat_hist.1.log read p99.9",
                "fio333_randread_clat_hist.1.log read max"), series.stream().map(LogSeries::name).toList());
        HistogramLogEntry first = FioLogReader.readAllHistograms(FIO_HIST).get(0);
        assertEquals(first.timeMillis() / 1000.0, series.get(0).seconds()[0], 1e-12);
        assertEquals(HistogramPercentiles.percentileNanos(first, 99.9), series.get(3).values()[0], 0.0);
        for (LogSeries s : series) {
            assertEquals(LogKind.LATENCY, s.kind());
            assertEquals(19, s.size());
        }
        for (int i = 0; i < 19; i++) {
            for (int s = 1; s < series.size(); s++) {
                assertTrue(series.get(s).values()[i] >= series.get(s - 1).values()[i], series.get(s).name() + " at " + i);
            }
        }
    }

    @Test
    void aCoarseBinStandsForTheMiddleOfTheFineBinsItSums() throws Exception {
        // Coarseness 4: bin 10 sums fine bins 160..175, 2 ns wide each in the 128..256 ns group.
        double low = FioHistogramBins.lowerBoundNanos(160);
        double high = FioHistogramBins.lowerBoundNanos(176);
        assertEquals((low + high) / 2, HistogramPercentiles.binValueNanos(10, 4), 0.0);
        assertEquals(FioHistogramBins.midValueNanos(1000), HistogramPercentiles.binValueNanos(1000, 0), 0.0);

        List<LogSeries> series = HistogramPercentiles.read(FIO_COARSE_HIST);
        assertEquals(10, series.size(), "randrw: read and write, five lines each");
        assertEquals("fio333_randrw_coarse4_clat_hist.1.log write max", series.get(9).name());
        HistogramLogEntry first = FioLogReader.readAllHistograms(FIO_COARSE_HIST).get(0);
        assertEquals(116, first.binCount());
        assertEquals(4, first.coarseness());
    }

    @Test
    void aLineWithAForeignBinCountIsRefused() {
        HistogramLogEntry odd = new HistogramLogEntry(100, 0, 4096, new long[1216]);
        assertThrows(IllegalArgumentException.class, () -> HistogramPercentiles.percentileNanos(odd, 50));
        assertTrue(Double.isNaN(HistogramPercentiles.percentileNanos(
                new HistogramLogEntry(100, 0, 4096, new long[FioHistogramBins.BIN_COUNT]), 50)));
    }

    @Test
    void jfioPlotDrawsFiosAndJfiosOwnHistogramLogs() throws Exception {
        // psync on a cached file: jfio's null engine completes at submission, so its clat is 0 ns.
        Path data = temp.resolve("data");
        Files.write(data, new byte[4 << 20]);
        String job = "[own]\nioengine=psync\nrw=randread\nbs=4k\nfilename=" + data + "\nsize=4m\ntime_based\n"
                + "runtime=1\nwrite_hist_log=" + temp.resolve("own") + "\nlog_hist_msec=100\n";
        Resolution resolution = JobResolver.standard().resolve(JobFileParser.parse(job, "own.fio"));
        try (JobRunner runner = new JobRunner(new JobSettingsReader().readAll(resolution.jobs(), new ArrayList<>()),
                JobRunner.RunOptions.defaults().withSignals(false)
                        .withProgress(new PrintStream(java.io.OutputStream.nullOutputStream())))) {
            runner.run();
        }
        Path own = temp.resolve("own_clat_hist.1.log");
        List<LogSeries> ownSeries = HistogramPercentiles.read(own);
        assertEquals(5, ownSeries.size());
        assertTrue(ownSeries.get(0).size() >= 5, "lines: " + ownSeries.get(0).size());
        double ownP50 = ownSeries.get(0).values()[0];
        assertTrue(ownP50 >= 50 && ownP50 < 1_000_000, "a cached 4k pread takes from 50 ns to 1 ms: " + ownP50);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path png = temp.resolve("hist.png");
        int status = new PlotCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(FIO_HIST.toString(), own.toString(), "-o", png.toString(), "--size", "1000x500");
        assertEquals(0, status, err.toString());
        assertTrue(out.toString().contains("10 series"), out.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(500, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "colours: " + colours.size());
        assertTrue(Files.size(png) > 5_000);
    }
}
