package io.jfio.app.editor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.jfio.app.editor.FakeDialogs;
import io.jfio.app.editor.JobEditorViewModel;
import io.jfio.app.settings.MemorySettings;
import io.jfio.app.settings.RecentFiles;
import io.jfio.app.task.SameThreadTaskExecutor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunGateTest {

    @TempDir
    Path temp;

    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final JobEditorViewModel editor = new JobEditorViewModel(executor, new FakeDialogs(),
            new RecentFiles(new MemorySettings()));
    private final List<RunCheckViewModel> shown = new ArrayList<>();
    private final List<RunRequest> runs = new ArrayList<>();
    private boolean answer;

    private RunGate gate() {
        return new RunGate(editor, executor, path -> TargetKind.MISSING, check -> {
            shown.add(check);
            return answer;
        }, runs::add);
    }

    private void open(String text) throws Exception {
        Path file = temp.resolve("job.fio");
        Files.writeString(file, text);
        editor.open(file);
    }

    @Test
    void aJobFileWithErrorsIsNotRunAndTheCaretGoesToTheFirst() throws Exception {
        open("[w]\nrw=write\nbs=4q\n");
        gate().requestRun();
        assertTrue(shown.isEmpty());
        assertTrue(runs.isEmpty());
        assertEquals("Not run: 1 error in the job file (see Problems)", editor.statusProperty().get());
        assertEquals(3, editor.jumpRequestProperty().get().line());
    }

    @Test
    void aJobThatWritesIsConfirmedFirst() throws Exception {
        open("[w]\nrw=write\nfilename=data\nsize=1m\n");
        answer = false;
        gate().requestRun();
        assertEquals(1, shown.size());
        assertEquals(temp.resolve("data"), shown.get(0).targets().get(0).path());
        assertTrue(runs.isEmpty());
        answer = true;
        gate().requestRun();
        assertEquals(1, runs.size());
        assertEquals(editor.getText(), runs.get(0).jobText());
    }

    @Test
    void aJobThatWritesNothingRunsWithoutAQuestion() throws Exception {
        open("[n]\nioengine=null\nrw=write\nsize=1m\n");
        gate().requestRun();
        assertTrue(shown.isEmpty());
        assertEquals(1, runs.size());
    }
}
