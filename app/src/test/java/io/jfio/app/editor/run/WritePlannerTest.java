package io.jfio.app.editor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.jfio.model.job.JobFileParser;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.Resolution;

import org.junit.jupiter.api.Test;

class WritePlannerTest {

    private static final Path FOLDER = Path.of("/jobs");

    private final Map<Path, TargetKind> disk = new java.util.HashMap<>();
    private final PathProbe probe = path -> disk.getOrDefault(path, TargetKind.MISSING);

    private static Resolution resolve(String text) {
        return JobResolver.standard().withEnvironment(Map.of()).resolve(JobFileParser.parse(text, "job.fio"));
    }

    @Test
    void aWritingJobWritesItsFileInTheJobFolder() {
        List<WriteTarget> plan = WritePlanner.plan(resolve("[w]\nrw=randwrite\nfilename=data.bin\nsize=1m\n"),
                FOLDER, probe);
        assertEquals(List.of(new WriteTarget(Path.of("/jobs/data.bin"), TargetKind.MISSING, false, false, List.of("w"))),
                plan);
        assertFalse(plan.get(0).needsConfirmation());
    }

    @Test
    void aBlockDeviceNeedsConfirmation() {
        disk.put(Path.of("/dev/sdb"), TargetKind.BLOCK_DEVICE);
        WriteTarget target = WritePlanner.plan(resolve("[w]\nrw=write\nfilename=/dev/sdb\n"), FOLDER, probe).get(0);
        assertEquals(TargetKind.BLOCK_DEVICE, target.kind());
        assertTrue(target.needsConfirmation());
        assertTrue(target.describe().startsWith("/dev/sdb  (block device, outside the job file's folder; w)"),
                target.describe());
    }

    @Test
    void aFileOutsideTheJobFolderNeedsConfirmation() {
        WriteTarget target = WritePlanner.plan(resolve("[w]\nrw=write\ndirectory=/scratch\nsize=1m\n"), FOLDER, probe)
                .get(0);
        assertEquals(Path.of("/scratch/w.0.0"), target.path());
        assertTrue(target.outsideJobFolder());
        assertTrue(target.needsConfirmation());
    }

    @Test
    void aReadingJobWritesOnlyAFileItMustLayOut() {
        disk.put(Path.of("/jobs/old.bin"), TargetKind.REGULAR_FILE);
        List<WriteTarget> plan = WritePlanner.plan(resolve(
                "[a]\nrw=randread\nfilename=old.bin\nsize=1m\n[b]\nrw=read\nfilename=new.bin\nsize=1m\n"), FOLDER, probe);
        assertEquals(List.of(new WriteTarget(Path.of("/jobs/new.bin"), TargetKind.MISSING, true, false, List.of("b"))),
                plan);
    }

    @Test
    void defaultNamesFollowJobNameCloneAndFileNumber() {
        List<WriteTarget> plan = WritePlanner.plan(resolve("[w]\nrw=write\nnumjobs=2\nnrfiles=2\nsize=1m\n"), FOLDER,
                probe);
        assertEquals(List.of(Path.of("/jobs/w.0.0"), Path.of("/jobs/w.0.1"), Path.of("/jobs/w.1.0"),
                Path.of("/jobs/w.1.1")), plan.stream().map(WriteTarget::path).toList());
    }

    @Test
    void clonesShareOutADirectoryListAsTheEngineDoes() {
        List<WriteTarget> plan = WritePlanner.plan(resolve("[w]\nrw=write\nnumjobs=3\ndirectory=/d1:/d2\nsize=1m\n"),
                FOLDER, probe);
        assertEquals(List.of(Path.of("/d1/w.0.0"), Path.of("/d2/w.1.0"), Path.of("/d1/w.2.0")),
                plan.stream().map(WriteTarget::path).toList());
        List<WriteTarget> listed = WritePlanner.plan(
                resolve("[w]\nrw=write\nnumjobs=2\ndirectory=/d1:/d2\nfilename=x\n"), FOLDER, probe);
        assertEquals(List.of(Path.of("/d1/x")), listed.stream().map(WriteTarget::path).toList());
    }

    @Test
    void colonSeparatedFilenamesAreEachATarget() {
        List<WriteTarget> plan = WritePlanner.plan(resolve("[w]\nrw=trim\nfilename=a:b\nsize=1m\n"), FOLDER, probe);
        assertEquals(List.of(Path.of("/jobs/a"), Path.of("/jobs/b")), plan.stream().map(WriteTarget::path).toList());
    }

    @Test
    void theNullEngineWritesNothing() {
        assertEquals(List.of(), WritePlanner.plan(resolve("[w]\nioengine=null\nrw=write\nsize=1m\n"), FOLDER, probe));
    }

    @Test
    void anUnsavedJobFileHasNoFolderSoEveryTargetNeedsConfirmation() {
        assertTrue(WritePlanner.plan(resolve("[w]\nrw=write\nfilename=x\nsize=1m\n"), null, probe).get(0)
                .needsConfirmation());
    }
}
