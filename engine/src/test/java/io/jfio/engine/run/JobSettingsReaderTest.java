package io.jfio.engine.run;

import io.jfio.engine.workload.BlockSizeSpec;
import io.jfio.engine.workload.DataDirection;
import io.jfio.model.job.JobFileException;
import io.jfio.model.option.Options;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobSettingsReaderTest {

    private static JobSettings one(String text) {
        return TestRuns.settings(text).get(0);
    }

    @Test
    void defaultsAreFios() {
        JobSettings s = one("[d]\nsize=1m\n");
        assertEquals("psync", s.engineName());
        assertEquals(List.of("d.0.0"), s.files());
        assertEquals(1, s.depth().iodepth());
        assertTrue(s.layout().invalidate());
        assertEquals(JobSettings.Fallocate.NATIVE, s.layout().fallocate());
        assertTrue(s.buffers().scramble());
        assertEquals(500, s.bwAvgMillis());
        assertEquals(-1, s.ioPriority());
        assertFalse(s.depth().offload());
    }

    @Test
    void anImplementedOptionTheRunnerDoesNotHonourFailsTheJobNamingIt() {
        Set<String> honoured = new HashSet<>(JobSettingsReader.HONOURED);
        honoured.remove("thinktime");
        JobSettingsReader reader = new JobSettingsReader(Options.catalog(), honoured);
        JobSetupException e = assertThrows(JobSetupException.class,
                () -> reader.read(TestRuns.jobs("[t]\nsize=1m\nthinktime=10\n").get(0), 1, new ArrayList<>()));
        assertEquals("test.fio:3:11: thinktime: jfio's runner does not honour 'thinktime' yet; remove it to run this"
                + " job (job 't')", e.getMessage());
    }

    @Test
    void everyImplementedCatalogOptionIsHonoured() {
        List<String> missing = Options.catalog().all().stream()
                .filter(o -> o.status() == io.jfio.model.option.OptionStatus.IMPLEMENTED)
                .map(io.jfio.model.option.OptionSpec::name)
                .filter(name -> !JobSettingsReader.HONOURED.contains(name)).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void synchronousEnginesCapIodepthAtOneWithFiosNote() {
        List<String> notes = new ArrayList<>();
        JobSettings s = new JobSettingsReader().read(TestRuns.jobs("[s]\nsize=1m\niodepth=32\n").get(0), 1, notes);
        assertEquals(1, s.depth().iodepth());
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).startsWith("note: both iodepth >= 1 and synchronous I/O engine are selected"));
    }

    @Test
    void asyncDepthAndBatchOptionsAreRead() {
        JobSettings s = one("[a]\nioengine=libaio\nsize=1m\niodepth=32\niodepth_batch_submit=8\n"
                + "iodepth_batch_complete_min=2\niodepth_batch_complete_max=16\niodepth_low=4\nio_submit_mode=offload\n");
        assertEquals(new JobSettings.DepthOptions(32, 8, 2, 16, 4, true), s.depth());
    }

    @Test
    void reapingTakesAsManyAsTheLeastByDefaultAsFioDoes() {
        assertEquals(new JobSettings.DepthOptions(16, 1, 1, 1, 16, false),
                one("[a]\nioengine=libaio\nsize=1m\niodepth=16\n").depth());
        assertEquals(4, one("[a]\nioengine=libaio\nsize=1m\niodepth=16\niodepth_batch_complete_min=4\n").depth().completeMax());
        assertEquals(1, one("[a]\nioengine=io_uring\nsize=1m\niodepth=16\niodepth_batch_complete_min=0\n").depth().completeMax());
    }

    @Test
    void perDirectionBlockSizesAndBssplitAreRead() {
        JobSettings s = one("[b]\nrw=randrw\nsize=1m\nbs=4k,64k\n");
        assertEquals(4096, s.workload().blockSize(DataDirection.READ).maxBytes());
        assertEquals(65536, s.workload().blockSize(DataDirection.WRITE).maxBytes());
        JobSettings split = one("[b]\nrw=randread\nsize=1m\nbssplit=4k/75:64k/25\n");
        assertEquals(BlockSizeSpec.Kind.SPLIT, split.workload().blockSize(DataDirection.READ).kind());
        assertArrayEquals(new int[] {4096, 65536}, split.workload().blockSize(DataDirection.READ).splitSizes());
    }

    @Test
    void theLaterOfRwmixreadAndRwmixwriteWins() {
        assertEquals(30, one("[m]\nrw=randrw\nsize=1m\nrwmixread=60\nrwmixwrite=70\n").workload().readPercent());
        assertEquals(60, one("[m]\nrw=randrw\nsize=1m\nrwmixwrite=70\nrwmixread=60\n").workload().readPercent());
    }

    @Test
    void filesFollowFilenameFormatAndClonesShareOutDirectories() {
        // fio 3.33: clone N of a job takes directory N modulo the list, for all its files
        List<JobSettings> clones = TestRuns.settings(
                "[f]\nsize=1m\nnrfiles=2\nnumjobs=3\ndirectory=/a:/b\nfilename_format=$jobname-$jobnum-$filenum.dat\n");
        assertEquals(List.of("/a/f-0-0.dat", "/a/f-0-1.dat"), clones.get(0).files());
        assertEquals(List.of("/b/f-1-0.dat", "/b/f-1-1.dat"), clones.get(1).files());
        assertEquals(List.of("/a/f-2-0.dat", "/a/f-2-1.dat"), clones.get(2).files());
    }

    @Test
    void listedFilenamesGoInTheFirstDirectoryForEveryClone() {
        List<JobSettings> clones = TestRuns.settings("[f]\nsize=1m\nnumjobs=2\ndirectory=/a:/b\nfilename=x:y\n");
        for (JobSettings clone : clones) {
            assertEquals(List.of("/a/x", "/a/y"), clone.files());
        }
    }

    @Test
    void filenameListsKeepEscapedColonsAndJoinTheDirectory() {
        JobSettings s = one("[f]\nsize=1m\ndirectory=/d\nfilename=one:two\\:2:/abs/three\n");
        assertEquals(List.of(Path.of("/d/one").toString(), "/d/two:2", "/abs/three"), s.files());
    }

    @Test
    void emptyNamesInColonListsAreSkippedAsFioDoes() {
        // fio 3.33: filename=a::b makes files a and b, filename=a: makes a, directory=d1::d2 shares d1 and d2
        assertEquals(List.of(Path.of("/d/a").toString(), Path.of("/d/b").toString()),
                one("[f]\nsize=1m\ndirectory=/d\nfilename=a::b\n").files());
        assertEquals(List.of("a"), one("[f]\nsize=1m\nfilename=a:\n").files());
        List<JobSettings> clones = TestRuns.settings("[f]\nsize=1m\nnumjobs=2\ndirectory=/d1::/d2:\n");
        assertEquals(List.of("/d1/f.0.0", "/d2/f.1.0"), clones.stream().flatMap(c -> c.files().stream()).toList());
    }

    @Test
    void aColonListOfNoNameIsOneLineAtItsFileAndLine() {
        JobFileException e = assertThrows(JobFileException.class, () -> one("[f]\nsize=1m\nfilename=::\n"));
        assertEquals("test.fio:3:10: filename: '::' names nothing; separate names with ':' and write a colon"
                + " inside a name as \\:", e.getMessage());
    }

    @Test
    void syncAndDirectSetTheOpenFlags() {
        assertEquals(new JobSettings.OpenOptions(true, false, true, false), one("[o]\nsize=1m\nbuffered=0\nsync=dsync\n").open());
        assertEquals(new JobSettings.OpenOptions(false, true, false, true),
                one("[o]\nsize=1m\nsync=sync\ncreate_on_open=1\n").open());
    }

    @Test
    void preReadClearsInvalidate() {
        assertFalse(one("[p]\nsize=1m\npre_read=1\n").layout().invalidate());
    }

    @Test
    void prioAndPrioclassMakeAnIoprioValue() {
        assertEquals(1 << 13 | 3, one("[p]\nsize=1m\nprioclass=1\nprio=3\n").ioPriority());
        assertEquals(2 << 13 | 7, one("[p]\nsize=1m\nprio=7\n").ioPriority());
    }

    @Test
    void cpusAllowedTakesListsAndRanges() {
        assertEquals(List.of(0, 2, 3, 4, 7), one("[c]\nsize=1m\ncpus_allowed=0,2-4,7\n").cpus());
        JobSetupException e = assertThrows(JobSetupException.class, () -> one("[c]\nsize=1m\ncpus_allowed=3-1\n"));
        assertTrue(e.getMessage().contains("cpus_allowed: '3-1' is a reversed CPU range"), e.getMessage());
    }

    @Test
    void bufferPatternTakesHexStringsAndNumbers() {
        assertArrayEquals(new byte[] {(byte) 0xde, (byte) 0xad, 'o', 'k', 0x10, 0x27},
                BufferPattern.parse("0xdead|\"ok\"|10000"));
        assertThrows(IllegalArgumentException.class, () -> BufferPattern.parse("0xZZ"));
    }

    @Test
    void logOptionsBecomeFioLogOptions() {
        JobSettings s = one("[l]\nsize=1m\nwrite_lat_log=lat\nwrite_bw_log=\nlog_avg_msec=250\nlog_max_value=1\n"
                + "log_offset=1\nper_job_logs=0\n");
        assertEquals("lat", s.logs().latLogPrefix());
        assertEquals("l", s.logs().bwLogPrefix());
        assertEquals(250, s.logs().logAvgMillis());
        assertEquals(io.jfio.engine.output.log.WindowValue.MAX, s.logs().windowValue());
        assertTrue(s.logs().logOffset());
        assertFalse(s.logs().perJobLogs());
    }

    @Test
    void ioSizeIsWhatSizeSaysWhenFilesizeSizesTheFiles() {
        assertEquals(5 << 20, one("[z]\nsize=5m\nfilesize=3m\nnrfiles=2\n").workload().ioSizeBytes());
        assertEquals(1 << 19, one("[z]\nsize=1m\nio_size=50%\n").workload().ioSizeBytes());
    }

    @Test
    void unknownEnginesAndBadValuesNameTheOption() {
        JobSetupException e = assertThrows(JobSetupException.class,
                () -> one("[e]\nsize=1m\nrate_iops_min=100\nrate_iops=10\n"));
        assertTrue(e.getMessage().contains("rate_iops_min: minimum rate exceeds rate_iops"), e.getMessage());
    }

    @Test
    void startdelayRangeDrawsADelayWithinIt() {
        long delay = one("[s]\nsize=1m\nstartdelay=1-2\n").timing().startDelayNanos();
        assertTrue(delay >= 1_000_000_000L && delay <= 2_000_000_000L, "delay " + delay);
    }

    @Test
    void timesTakeEachOptionsDefaultUnit() {
        JobSettings s = one("[t]\nsize=1m\nthinktime=250\nramp_time=2\nruntime=3\n");
        assertEquals(250_000, s.thinkTime().thinkNanos());
        assertEquals(2_000_000_000L, s.timing().rampNanos());
        assertEquals(3_000_000_000L, s.timing().runtimeNanos());
    }
}
