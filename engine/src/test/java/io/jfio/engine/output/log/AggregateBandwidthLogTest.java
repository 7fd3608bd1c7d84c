package io.jfio.engine.output.log;

import io.jfio.engine.sample.JobSampler;
import io.jfio.engine.sample.SamplerConfig;
import io.jfio.model.log.FioLogReader;
import io.jfio.model.log.LogEntry;
import io.jfio.model.result.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AggregateBandwidthLogTest {

    private static final long MS = 1_000_000L;
    private static final long RUN_START = 10_000 * MS;

    @TempDir
    Path dir;

    private static JobSampler writer(String name, int index) {
        return new JobSampler(SamplerConfig.defaults(name, index, EnumSet.of(Direction.WRITE)));
    }

    @Test
    void bandwidthLogSumsAllJobsPerPeriod() throws Exception {
        FioLogWriter logs = new FioLogWriter();
        logs.enableBandwidthLog(dir, 500, RUN_START);
        JobSampler a = writer("a", 1);
        JobSampler b = writer("b", 2);
        logs.register(a, FioLogOptions.none());
        logs.register(b, FioLogOptions.none());
        a.start(RUN_START);
        b.start(RUN_START);
        // a: 1 MiB per 500 ms for 1 s; b: 1 MiB in the first 500 ms only
        for (int i = 0; i < 8; i++) {
            a.recordCompletion(Direction.WRITE, 256 * 1024, 0, 0, 1000, 1000, RUN_START + (i * 125 + 1) * MS);
        }
        for (int i = 0; i < 4; i++) {
            b.recordCompletion(Direction.WRITE, 256 * 1024, 0, 0, 1000, 1000, RUN_START + (i * 125 + 1) * MS);
        }
        a.finish(RUN_START + 1000 * MS);
        b.finish(RUN_START + 1000 * MS);
        logs.close();
        List<LogEntry> write = FioLogReader.readAll(dir.resolve("agg-write_bw.log"));
        assertEquals(List.of(new LogEntry(500, 4096, -1, 1, 0, -1, 0), new LogEntry(1000, 2048, -1, 1, 0, -1, 0)), write);
        assertEquals(0, Files.size(dir.resolve("agg-read_bw.log")));
        assertEquals(0, Files.size(dir.resolve("agg-trim_bw.log")));
    }
}
