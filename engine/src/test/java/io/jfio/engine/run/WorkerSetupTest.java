package io.jfio.engine.run;

import io.jfio.engine.nativeio.NativeIoException;
import io.jfio.engine.nativeio.ThreadControl;
import io.jfio.engine.output.status.JobProgress;
import io.jfio.engine.output.status.JobState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a worker sets up before its I/O: thread controls, buffer contents, file layout. */
class WorkerSetupTest {

    @TempDir
    Path dir;

    /** Reads the worker thread's affinity and I/O priority while it runs. */
    private static final class ThreadProbe implements RunListener {
        volatile BitSet cpus;
        volatile int ioprio = -1;
        volatile int nice = Integer.MIN_VALUE;

        @Override
        public void jobStateChanged(JobProgress job, JobState state) {
            if (state == JobState.RUNNING) {
                try {
                    cpus = ThreadControl.affinity();
                    ioprio = ThreadControl.ioPriority();
                    nice = ThreadControl.nice();
                } catch (NativeIoException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    @Test
    void cpusAllowedAndPrioApplyToTheWorkerThread() {
        ThreadProbe probe = new ThreadProbe();
        TestRuns.run("[t]\nioengine=null\nrw=read\nsize=64k\ncpus_allowed=0\nprioclass=2\nprio=6\n", probe);
        BitSet only0 = new BitSet();
        only0.set(0);
        assertEquals(only0, probe.cpus);
        assertEquals(2 << 13 | 6, probe.ioprio);
    }

    @Test
    void niceAddsToTheWorkerThreadsNiceValueOnly() throws Exception {
        int before = ThreadControl.nice();
        ThreadProbe probe = new ThreadProbe();
        TestRuns.run("[n]\nioengine=null\nrw=read\nsize=64k\nnice=7\n", probe);
        assertEquals(Math.min(19, before + 7), probe.nice);
        assertEquals(before, ThreadControl.nice(), "the thread that started the run keeps its nice value");
    }

    @Test
    void withoutNiceTheWorkerKeepsItsCreatorsNiceValue() throws Exception {
        ThreadProbe probe = new ThreadProbe();
        TestRuns.run("[n]\nioengine=null\nrw=read\nsize=64k\n", probe);
        assertEquals(ThreadControl.nice(), probe.nice);
    }

    @Test
    void zeroBuffersWritesZeros() throws Exception {
        TestRuns.run("[z]\nrw=write\nbs=4k\nsize=64k\nzero_buffers\ndirectory=" + dir + "\n");
        byte[] data = Files.readAllBytes(dir.resolve("z.0.0"));
        assertEquals(65536, data.length);
        assertArrayEquals(new byte[65536], data);
    }

    @Test
    void bufferPatternRepeatsInWrittenData() throws Exception {
        TestRuns.run("[p]\nrw=write\nbs=4k\nsize=16k\nbuffer_pattern=0xdeadbeef\ndirectory=" + dir + "\n");
        byte[] data = Files.readAllBytes(dir.resolve("p.0.0"));
        for (int i = 0; i < data.length; i += 4) {
            assertArrayEquals(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef},
                    java.util.Arrays.copyOfRange(data, i, i + 4), "at " + i);
        }
    }

    @Test
    void scrambledBuffersDifferBetweenBlocks() throws Exception {
        TestRuns.run("[s]\nrw=write\nbs=4k\nsize=16k\ndirectory=" + dir + "\n");
        byte[] data = Files.readAllBytes(dir.resolve("s.0.0"));
        byte[] first = java.util.Arrays.copyOfRange(data, 0, 4096);
        byte[] second = java.util.Arrays.copyOfRange(data, 4096, 8192);
        assertTrue(!java.util.Arrays.equals(first, second), "scramble_buffers (fio's default) defeats naive dedupe");
    }

    @Test
    void refillBuffersWritesFreshDataIntoEveryBlock() throws Exception {
        TestRuns.run("[r]\nrw=write\nbs=4k\nsize=16k\nrefill_buffers=1\ndirectory=" + dir + "\n");
        byte[] data = Files.readAllBytes(dir.resolve("r.0.0"));
        // scramble_buffers only restamps the first 16 bytes of each sector; refill changes the rest too
        for (int block = 1; block < 4; block++) {
            byte[] body = java.util.Arrays.copyOfRange(data, block * 4096 + 16, block * 4096 + 512);
            byte[] firstBody = java.util.Arrays.copyOfRange(data, 16, 512);
            assertTrue(!java.util.Arrays.equals(firstBody, body), "block " + block + " repeats block 0's data");
        }
    }

    @Test
    void bufferCompressPercentageFiftyCompressesToAboutHalf() throws Exception {
        TestRuns.run("[c]\nrw=write\nbs=64k\nsize=1m\nbuffer_compress_percentage=50\ndirectory=" + dir + "\n");
        byte[] data = Files.readAllBytes(dir.resolve("c.0.0"));
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] out = new byte[data.length * 2];
        long compressed = 0;
        while (!deflater.finished()) {
            compressed += deflater.deflate(out);
        }
        deflater.end();
        double ratio = (double) compressed / data.length;
        // fio 3.33's file of the same job deflates to 0.510 of its size
        assertTrue(Math.abs(ratio - 0.51) <= 0.03, "compressed to " + ratio);
    }

    @Test
    void layoutPrintsFiosProgressLine() throws Exception {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        List<JobSettings> settings = TestRuns.settings("[lay]\nrw=read\nsize=2m\nnrfiles=2\ndirectory=" + dir + "\n");
        try (JobRunner runner = new JobRunner(settings, JobRunner.RunOptions.defaults().withSignals(false)
                .withProgress(new java.io.PrintStream(err, true)))) {
            runner.run();
        }
        assertEquals("lay: Laying out IO files (2 files / total 2MiB)\n", err.toString());
        assertEquals(1 << 20, Files.size(dir.resolve("lay.0.0")));
    }

    @Test
    void progressGoesFromZeroToAHundredPercent() {
        List<Double> seen = Collections.synchronizedList(new ArrayList<>());
        RunListener listener = new RunListener() {
            @Override
            public void progress(List<JobProgress> jobs) {
                seen.add(jobs.get(0).percentDone());
            }

            @Override
            public void jobStateChanged(JobProgress job, JobState state) {
                if (state == JobState.DONE) {
                    seen.add(job.percentDone());
                }
            }
        };
        TestRuns.run("[eta]\nioengine=null\nrw=read\nsize=1m\ntime_based\nruntime=900ms\n", listener);
        assertTrue(seen.stream().anyMatch(p -> p > 0 && p < 100), seen.toString());
        assertEquals(100.0, seen.get(seen.size() - 1));
    }
}
