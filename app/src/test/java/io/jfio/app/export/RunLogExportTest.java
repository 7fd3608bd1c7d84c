package io.jfio.app.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.jfio.engine.run.JobRunner;
import io.jfio.engine.run.JobSettingsReader;
import io.jfio.model.job.JobFileParser;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.JobSpec;
import io.jfio.model.result.RunResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's fio-format logs, found by the engine's names and copied byte for byte. */
class RunLogExportTest {

    @TempDir
    Path temp;

    private List<JobSpec> jobs(Path logs) {
        String text = """
                [a]
                ioengine=null
                rw=randread
                bs=4k
                size=1m
                numjobs=2
                write_bw_log=P/a
                write_lat_log=P/a
                [b]
                ioengine=null
                rw=write
                bs=64k
                size=2m
                write_iops_log=P/b
                write_hist_log=P/b
                per_job_logs=0
                """.replace("P/", logs + "/");
        return JobResolver.standard().resolve(JobFileParser.parse(text, "logs.fio")).jobs();
    }

    private static RunResult run(List<JobSpec> jobs) {
        JobRunner.RunOptions options = JobRunner.RunOptions.defaults().withSignals(false)
                .withProgress(new PrintStream(OutputStream.nullOutputStream()));
        try (JobRunner runner = new JobRunner(new JobSettingsReader().readAll(jobs, new ArrayList<>()), options)) {
            return runner.run();
        }
    }

    private static List<Path> listing(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    @Test
    void theLogsNamedAreExactlyTheFilesTheRunWrote() throws Exception {
        Path logs = temp.resolve("logs");
        List<JobSpec> jobs = jobs(logs);
        run(jobs);
        List<Path> named = RunLogFiles.of(jobs);
        assertEquals(listing(logs), named.stream().sorted().toList());
        assertEquals(List.of("a_lat.1.log", "a_clat.1.log", "a_slat.1.log", "a_bw.1.log", "a_lat.2.log", "a_clat.2.log",
                "a_slat.2.log", "a_bw.2.log", "b_iops.log", "b_clat_hist.log"),
                named.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void exportedLogsAreByteForByteCopies() throws Exception {
        Path logs = temp.resolve("logs");
        List<JobSpec> jobs = jobs(logs);
        run(jobs);
        Path target = temp.resolve("chosen");
        LogCopy.Outcome outcome = LogCopy.copy(RunLogFiles.of(jobs), target);
        assertEquals(10, outcome.copied().size());
        assertTrue(outcome.missing().isEmpty());
        for (Path original : listing(logs)) {
            assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(target.resolve(original.getFileName())),
                    original.toString());
        }
        // 1 MiB of 4 KiB reads logged per I/O: 256 lines in each of job a's bandwidth logs
        assertEquals(256, Files.readAllLines(target.resolve("a_bw.2.log")).size());
        assertEquals("Copied 10 log files to " + target, outcome.summary(target));
    }

    @Test
    void aLogDeletedSinceTheRunIsNamedInOneLine() throws Exception {
        Path logs = temp.resolve("logs");
        List<JobSpec> jobs = jobs(logs);
        run(jobs);
        Files.delete(logs.resolve("a_bw.1.log"));
        Path target = temp.resolve("chosen");
        LogCopy.Outcome outcome = LogCopy.copy(RunLogFiles.of(jobs), target);
        assertEquals(List.of(logs.resolve("a_bw.1.log")), outcome.missing());
        assertEquals("Copied 9 log files to " + target + "; missing (deleted since the run?): " + logs.resolve("a_bw.1.log"),
                outcome.summary(target));
        assertEquals(9, listing(target).size());
    }
}
