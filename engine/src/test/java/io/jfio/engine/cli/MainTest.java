package io.jfio.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
