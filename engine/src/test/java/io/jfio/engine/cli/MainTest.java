package io.jfio.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfio.engine.output.JsonShape;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    /** As {@link #run}, with standard output taken for a terminal. */
    private int runOnTerminal(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), true).run(args);
    }

    /** A null-engine job of about {@code millis} ms. */
    private Path quickJob(long millis) throws IOException {
        return job("q.fio", "[q]\nioengine=null\nrw=randread\nbs=4k\nsize=1m\ntime_based\nruntime=" + millis + "ms\n");
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path job(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void parseOnlyAcceptsAValidJobSilently() throws IOException {
        Path job = job("ok.fio", "[global]\nioengine=psync\nbs=4k\n\n[j]\nrw=randread\nsize=64m\ntime_based\nruntime=5s\n");
        assertEquals(Main.OK, run("--parse-only", job.toString()));
        assertEquals("", out());
        assertEquals("", err());
    }

    @Test
    void unknownOptionFailsWithFileLineColumnAndSuggestion() throws IOException {
        Path job = job("bad.fio", "[j]\nrw=read\nblksize=4k\n");
        assertEquals(Main.FAILED, run("--parse-only", job.toString()));
        assertEquals(job + ":3:1: unknown option 'blksize'; did you mean 'bs'?\n", err());
    }

    @Test
    void badValueSaysWhatWasExpected() throws IOException {
        Path job = job("bad.fio", "[j]\nrw=randrd\n");
        assertEquals(Main.FAILED, run("--parse-only", job.toString()));
        String line = err().strip();
        assertTrue(line.startsWith(job + ":2:4: rw: 'randrd' is not one of read, write"), line);
        assertTrue(!line.contains("\n") && !line.contains("Exception"), line);
    }

    @Test
    void missingJobFileIsOneLine() {
        assertEquals(Main.FAILED, run("--parse-only", dir.resolve("nope.fio").toString()));
        String line = err().strip();
        assertTrue(line.contains("nope.fio") && !line.contains("\n"), line);
    }

    @Test
    void engineJfioLacksIsNamed() throws IOException {
        Path job = job("rbd.fio", "[j]\nioengine=rbd\n");
        assertEquals(Main.FAILED, run("--parse-only", job.toString()));
        assertTrue(err().contains("ioengine: 'rbd' is a fio engine that jfio does not have"), err());
    }

    @Test
    void showCmdPrintsOneFioLinePerFile() throws IOException {
        Path a = job("a.fio", "[global]\nblocksize=4k\n[j]\nsize=1m\ntime_based\n");
        Path b = job("b.fio", "[k]\nrw=write\n");
        assertEquals(Main.OK, run("--showcmd", a.toString(), b.toString()));
        assertEquals("fio --bs=4k --name=j --size=1m --time_based \nfio --name=k --rw=write \n", out());
    }

    @Test
    void commandLineJobOptionsParseLikeAJobFile() {
        assertEquals(Main.OK, run("--parse-only", "--name=a", "--rw=randread", "--bs=4k", "--size=64m"));
        assertEquals(Main.FAILED, run("--parse-only", "--name=a", "--rw=bogus"));
        assertTrue(err().contains("<command line>") && err().contains("rw: 'bogus'"), err());
    }

    @Test
    void onlyGlobalSectionMeansNoJobs() throws IOException {
        Path job = job("g.fio", "[global]\nbs=4k\n");
        assertEquals(Main.FAILED, run("--parse-only", job.toString()));
        assertTrue(err().startsWith("jfio: no jobs defined"), err());
    }

    @Test
    void sectionSelectsJobsAndRejectsUnknownNames() throws IOException {
        Path job = job("s.fio", "[light]\nrw=read\n[heavy]\nrw=write\n");
        assertEquals(Main.OK, run("--parse-only", "--section=heavy", job.toString()));
        assertEquals(Main.FAILED, run("--parse-only", "--section=medium", job.toString()));
        assertEquals("jfio: --section=medium: no job section of that name\n", err());
    }

    @Test
    void cmdhelpForOneOptionShowsTypeAndDefault() {
        assertEquals(Main.OK, run("--cmdhelp=bs"));
        assertTrue(out().contains("bs") && out().contains("4096"), out());
        assertEquals(Main.FAILED, run("--cmdhelp=blksize"));
    }

    @Test
    void enghelpListsJfiosEnginesAndRejectsUnknownOnes() {
        assertEquals(Main.OK, run("--enghelp"));
        assertTrue(out().contains("io_uring") && out().contains("psync"), out());
        assertEquals(Main.OK, run("--enghelp=io_uring"));
        assertTrue(out().contains("fixedbufs"), out());
        assertEquals(Main.FAILED, run("--enghelp=nosuch"));
    }

    @Test
    void versionNamesJfioAndTheFioItFollows() {
        assertEquals(Main.OK, run("--version"));
        assertTrue(out().matches("jfio-\\S+ \\(fio-3\\.33 compatible\\)\\n"), out());
    }

    @Test
    void badCommandLineIsOneLine() {
        assertEquals(Main.FAILED, run("--output-format=xml", "x.fio"));
        assertEquals("jfio: --output-format: 'xml' is not one of normal, json, json+, terse\n", err());
    }

    @Test
    void normalOutputStartsWithFiosBanner() throws IOException {
        assertEquals(Main.OK, run(quickJob(100).toString()));
        String version = "jfio-" + JfioVersion.version();
        assertTrue(out().startsWith("q: (g=0): rw=randread, bs=(R) 4096B-4096B, (W) 4096B-4096B, (T) 4096B-4096B, "
                + "ioengine=null, iodepth=1\n" + version + "\nStarting 1 thread\n\nq: (groupid=0, jobs=1): err= 0: "),
                out());
    }

    @Test
    void jsonOnStandardOutputIsOneDocumentEvenWithEtaAlways() throws IOException {
        assertEquals(Main.OK, runOnTerminal("--output-format=json", "--eta=always", quickJob(1300).toString()));
        assertTrue(out().startsWith("{\n") && out().endsWith("}\n"), out());
        assertTrue(JsonShape.of(out()).contains("/jobs[]/read/io_bytes int"));
        assertFalse(out().contains("Jobs:"), out());
    }

    @Test
    void etaAlwaysShowsTheStatusLineBeforeTheNormalReport() throws IOException {
        // fio shows the brackets from two seconds into the run on
        assertEquals(Main.OK, run("--eta=always", "--eta-interval=250ms", quickJob(2600).toString()));
        assertTrue(out().contains("Starting 1 thread\nJobs: 1 (f=1)\r"), out());
        assertTrue(out().contains("Jobs: 1 (f=1): [r(1)]["), out());
        assertTrue(out().contains("\r\nq: (groupid=0"), out());
    }

    @Test
    void etaAutoShowsNoStatusLineWithoutATerminal() throws IOException {
        assertEquals(Main.OK, run("--eta-interval=250ms", quickJob(600).toString()));
        assertFalse(out().contains("Jobs:") || out().contains("\r"), out());
    }

    @Test
    void etaAutoShowsTheStatusLineOnATerminal() throws IOException {
        assertEquals(Main.OK, runOnTerminal("--eta-interval=250ms", quickJob(600).toString()));
        assertTrue(out().contains("Jobs: 1 (f=1)"), out());
    }

    @Test
    void statusIntervalPrintsPeriodicJsonReportsWithIntervalFigures() throws IOException {
        assertEquals(Main.OK, run("--output-format=json", "--status-interval=400ms", quickJob(1000).toString()));
        List<SortedSet<String>> documents = JsonShape.documents(out());
        assertTrue(documents.size() >= 3, out()); // at 400 and 800 ms, and the final one
        for (SortedSet<String> periodic : documents.subList(0, documents.size() - 1)) {
            assertTrue(periodic.contains("/jobs[]/interval/read/io_bytes int"), periodic.toString());
        }
        assertFalse(documents.get(documents.size() - 1).contains("/jobs[]/interval object"),
                "the final report has no interval");
    }

    @Test
    void statusIntervalWithoutUnitIsSeconds() throws IOException {
        assertEquals(Main.OK, run("--output-format=terse", "--status-interval=2", quickJob(300).toString()));
        assertEquals(1, out().lines().count(), out());
    }

    @Test
    void outputFileGetsBannerAndReportAndStandardOutputNothing() throws IOException {
        Path report = dir.resolve("report.txt");
        assertEquals(Main.OK, run("--output=" + report, quickJob(100).toString()));
        assertEquals("", out());
        String text = Files.readString(report);
        assertTrue(text.startsWith("q: (g=0): rw=randread") && text.contains("Run status group 0 (all jobs):"), text);
    }

    @Test
    void unwritableOutputFileStopsTheRunBeforeItStarts() throws IOException {
        Path report = dir.resolve("no/such/dir/report.txt");
        assertEquals(Main.FAILED, run("--output=" + report, quickJob(100).toString()));
        assertTrue(err().startsWith("jfio: --output=" + report + ": cannot create the file"), err());
        assertEquals(1, err().lines().count(), err());
        assertEquals("", out());
    }

    @Test
    void terseVersionOutsideTwoToFiveFailsInOneLine() throws IOException {
        assertEquals(Main.FAILED, run("--minimal", "--terse-version=6", quickJob(100).toString()));
        assertEquals("jfio: --terse-version=6: fio's terse versions are 2, 3, 4 and 5\n", err());
    }

    @Test
    void terseVersionSelectsTheLineWritten() throws IOException {
        assertEquals(Main.OK, run("--minimal", "--terse-version=5", quickJob(100).toString()));
        assertTrue(out().startsWith("5;jfio-"), out());
        assertEquals(180, out().strip().split(";", -1).length, out());
    }

    @Test
    void badStatusIntervalFailsInOneLine() throws IOException {
        assertEquals(Main.FAILED, run("--status-interval=soon", quickJob(100).toString()));
        assertTrue(err().startsWith("jfio: --status-interval: 'soon' is not a time"), err());
        assertEquals(1, err().lines().count(), err());
    }
}
