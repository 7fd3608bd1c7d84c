package io.jfio.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import io.jfio.app.logs.FioLogName;
import io.jfio.engine.run.JobRunner;
import io.jfio.engine.run.JobSettingsReader;
import io.jfio.model.job.JobFileParser;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.Resolution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotCommandTest {

    /** Logs written by fio 3.33 (randrw psync, 2 s, log_avg_msec=100: lat, clat, bw, iops). */
    static final Path FIO_LOGS = Path.of("src", "test", "resources", "io", "jfio", "app", "plot");

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int plot(String... args) {
        return new PlotCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    /** Distinct colours in the picture: a blank one has one. */
    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void fio333LogsBecomeAPngOfTheAskedSize() throws Exception {
        Path png = temp.resolve("out.png");
        int status = plot(FIO_LOGS.resolve("fio333_clat.1.log").toString(), FIO_LOGS.resolve("fio333_bw.1.log").toString(),
                FIO_LOGS.resolve("fio333_iops.1.log").toString(), "-o", png.toString(), "--size", "800x600");
        assertEquals(0, status, err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(600, image.getHeight());
        assertTrue(colours(image) > 20, "colours: " + colours(image));
        assertTrue(out.toString().contains("6 series"), out.toString());
    }

    @Test
    void eachDirectionOfALogIsItsOwnSeries() throws Exception {
        List<LogSeries> series = LogSeries.read(FIO_LOGS.resolve("fio333_clat.1.log"), LogKind.LATENCY);
        assertEquals(List.of("fio333_clat.1.log read", "fio333_clat.1.log write"), series.stream().map(LogSeries::name).toList());
        assertEquals(0.107, series.get(0).seconds()[0], 1e-9);
        assertEquals(75_291, series.get(0).values()[0], 1e-9);
        assertEquals(5_971, series.get(1).values()[0], 1e-9);
    }

    @Test
    void jfiosOwnLogsPlotToo() throws Exception {
        String job = "[own]\nioengine=null\nrw=randrw\nbs=4k\nsize=1g\ntime_based\nruntime=1\nlog_avg_msec=100\n"
                + "write_bw_log=" + temp.resolve("own") + "\nwrite_lat_log=" + temp.resolve("own") + "\n";
        Resolution resolution = JobResolver.standard().resolve(JobFileParser.parse(job, "own.fio"));
        try (JobRunner runner = new JobRunner(new JobSettingsReader().readAll(resolution.jobs(), new ArrayList<>()),
                JobRunner.RunOptions.defaults().withSignals(false)
                        .withProgress(new PrintStream(java.io.OutputStream.nullOutputStream())))) {
            runner.run();
        }
        Path png = temp.resolve("own.png");
        int status = plot(temp.resolve("own_bw.1.log").toString(), temp.resolve("own_clat.1.log").toString(),
                "-o", png.toString());
        assertEquals(0, status, err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(900, image.getHeight());
        assertTrue(colours(image) > 20);
    }

    @Test
    void aFileThatIsNotALogByItsNameIsOneErrorLine() {
        assertEquals(1, plot("notes.txt"));
        assertEquals("jfio plot: notes.txt: not named as a fio log (PREFIX_TYPE[.N].log[.fz], TYPE lat, clat, slat,"
                + " bw, iops or clat_hist); give its type with --kind TYPE before it" + System.lineSeparator(),
                err.toString());
    }

    @Test
    void aNameThatOnlyContainsALogTypeIsRefused() throws Exception {
        // the old substring test took these for bw and clat logs; fio never writes such names
        Path renamed = Files.copy(FIO_LOGS.resolve("fio333_bw.1.log"), temp.resolve("fio333_bw.1.log.old"));
        Path upper = Files.copy(FIO_LOGS.resolve("fio333_clat.1.log"), temp.resolve("RUN_CLAT.1.LOG"));
        assertEquals(1, plot(renamed.toString()));
        assertTrue(err.toString().startsWith("jfio plot: " + renamed + ": not named as a fio log"), err.toString());
        err.reset();
        assertEquals(1, plot(upper.toString()));
        assertTrue(err.toString().startsWith("jfio plot: " + upper + ": not named as a fio log"), err.toString());
    }

    @Test
    void kindReadsTheLogsAfterItWhateverTheirNames() throws Exception {
        Path bw = Files.copy(FIO_LOGS.resolve("fio333_bw.1.log"), temp.resolve("bandwidth.txt"));
        Path hist = Files.copy(FIO_LOGS.resolve("fio333_randread_clat_hist.1.log"), temp.resolve("histogram.txt"));
        Path png = temp.resolve("kind.png");
        int status = plot(FIO_LOGS.resolve("fio333_iops.1.log").toString(), "--kind", "bw", bw.toString(),
                "--kind=clat_hist", hist.toString(), "-o", png.toString());
        assertEquals(0, status, err.toString());
        int histogramSeries = HistogramPercentiles.read(hist).size();
        // iops read and write by name, bw read and write by --kind, the histogram's percentiles by --kind
        assertTrue(out.toString().contains((4 + histogramSeries) + " series"), out.toString());
    }

    @Test
    void anUnknownKindIsOneErrorLine() {
        assertEquals(1, plot("--kind", "hist", "x.log"));
        assertEquals("jfio plot: --kind needs lat, clat, slat, bw, iops or clat_hist, not 'hist'"
                + System.lineSeparator(), err.toString());
    }

    @Test
    void logKindFollowsTheTypeTheNameSays() {
        assertEquals(LogKind.LATENCY, LogKind.of(FioLogName.of(Path.of("a_slat.2.log")).orElseThrow().type()));
        assertEquals(LogKind.BANDWIDTH, LogKind.of(FioLogName.of(Path.of("a_bw.log.fz")).orElseThrow().type()));
        assertEquals(LogKind.IOPS, LogKind.of(FioLogName.of(Path.of("a_iops.1.log")).orElseThrow().type()));
        assertEquals(LogKind.LATENCY, LogKind.of(FioLogName.of(Path.of("d_clat_hist.1.log")).orElseThrow().type()));
    }

    @Test
    void aMissingLogIsOneErrorLine() {
        assertEquals(1, plot(temp.resolve("gone_bw.1.log").toString()));
        assertTrue(err.toString().endsWith("gone_bw.1.log: no such file" + System.lineSeparator()), err.toString());
    }

    @Test
    void aBadSizeIsRefused() {
        assertEquals(1, plot(FIO_LOGS.resolve("fio333_bw.1.log").toString(), "--size", "big"));
        assertTrue(err.toString().startsWith("jfio plot: --size needs WIDTHxHEIGHT"), err.toString());
        assertEquals(List.of(1600, 900), java.util.Arrays.stream(PlotCommand.parseSize("1600x900")).boxed().toList());
    }

    @Test
    void axisStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0.5, LogPlotRenderer.niceCeiling(0.37), 1e-12);
        assertEquals(2000, LogPlotRenderer.niceCeiling(1500), 1e-9);
        assertEquals(10, LogPlotRenderer.niceCeiling(10), 1e-12);
        assertTrue(Files.isRegularFile(FIO_LOGS.resolve("fio333_lat.1.log")));
    }

    @Test
    void bandwidthIsDrawnAndLabelledInMibPerSecondAsTheWindowDrawsIt() {
        assertEquals(1000.0, LogPlotRenderer.y(LogKind.BANDWIDTH, 1_024_000), 1e-9); // fio logs KiB/s
        List<String> ticks = new java.util.ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            ticks.add(LogPlotRenderer.tickLabel(LogKind.BANDWIDTH, 20_000.0 * i / 5, 4000));
        }
        assertEquals(List.of("0 MiB/s", "4000 MiB/s", "8000 MiB/s", "12000 MiB/s", "16000 MiB/s", "20000 MiB/s"),
                ticks);
        assertEquals("0.5 MiB/s", LogPlotRenderer.tickLabel(LogKind.BANDWIDTH, 0.5, 0.5));
        assertEquals("2.0M", LogPlotRenderer.tickLabel(LogKind.IOPS, 2e6, 2e6));
        assertEquals(2e6, LogPlotRenderer.y(LogKind.IOPS, 2e6), 0.0);
    }

    @Test
    void anEmptyLogIsNamedAndOnlyEmptyLogsWriteNoPicture() throws Exception {
        Path slat = Files.createFile(temp.resolve("j_slat.1.log")); // as fio leaves it for a synchronous engine
        Path png = temp.resolve("out.png");
        assertEquals(0, plot(slat.toString(), FIO_LOGS.resolve("fio333_bw.1.log").toString(), "-o", png.toString()));
        assertTrue(err.toString().contains("j_slat.1.log: no samples, nothing drawn from it"), err.toString());
        assertTrue(Files.size(png) > 0);
        Path none = temp.resolve("none.png");
        assertEquals(1, plot(slat.toString(), "-o", none.toString()));
        assertTrue(err.toString().endsWith("jfio plot: nothing to plot: the logs given hold no samples; no picture written"
                + System.lineSeparator()), err.toString());
        assertFalse(Files.exists(none));
    }
}
