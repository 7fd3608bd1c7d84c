package io.jfio.app.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.jfio.app.dialog.DialogService.SaveChoice;
import io.jfio.app.settings.MemorySettings;
import io.jfio.app.settings.RecentFiles;
import io.jfio.app.task.SameThreadTaskExecutor;
import io.jfio.model.job.Problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobEditorViewModelTest {

    private static final String JOB = "; test job\n[global]\nbs=4k\n\n[read]\nrw=randread\n";

    @TempDir
    Path temp;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final RecentFiles recent = new RecentFiles(new MemorySettings());
    private final JobEditorViewModel editor = new JobEditorViewModel(new SameThreadTaskExecutor(), dialogs, recent);

    private Path write(String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void openingReadsTheFileAndIsNotDirty() throws Exception {
        Path file = write("job.fio", JOB);
        editor.open(file);
        assertEquals(JOB, editor.getText());
        assertFalse(editor.isDirty());
        assertEquals("job.fio - jfio", editor.titleProperty().get());
        assertEquals(List.of(new SectionItem(0, "global", true, 2), new SectionItem(1, "read", false, 5)),
                editor.sections());
        assertEquals(List.of(file.toAbsolutePath().normalize()), recent.files());
    }

    @Test
    void anEditMakesItDirtyAndUndoingItMakesItCleanAgain() throws Exception {
        editor.open(write("job.fio", JOB));
        editor.replaceText(JOB + "size=1m\n");
        assertTrue(editor.isDirty());
        assertEquals("*job.fio - jfio", editor.titleProperty().get());
        editor.undo();
        assertFalse(editor.isDirty());
        editor.redo();
        assertEquals(JOB + "size=1m\n", editor.getText());
    }

    @Test
    void aStructuredEditChangesOnlyItsLineAndIsOneUndoStep() throws Exception {
        editor.open(write("job.fio", JOB));
        assertTrue(editor.edit(file -> file.setOption(0, "bs", "64k")));
        assertEquals(JOB.replace("bs=4k", "bs=64k"), editor.getText());
        editor.undo();
        assertEquals(JOB, editor.getText());
    }

    @Test
    void aRefusedEditChangesNothingAndSaysWhy() throws Exception {
        editor.open(write("job.fio", JOB));
        assertFalse(editor.edit(file -> file.setOption(0, "bs", "4k;x")));
        assertEquals(JOB, editor.getText());
        assertTrue(editor.statusProperty().get().contains("comment"), editor.statusProperty().get());
    }

    @Test
    void problemsComeFromTheCommandLinesResolverWithFileAndLine() throws Exception {
        Path file = write("job.fio", JOB);
        editor.open(file);
        editor.replaceText(JOB.replace("rw=randread", "rw=randred"));
        Problem problem = editor.problems().get(0);
        assertEquals(file.toString(), problem.file());
        assertEquals(6, problem.line());
        assertEquals("rw", problem.option());
    }

    @Test
    void savingWritesTheSameBytesAndCrlfFilesStayCrlf() throws Exception {
        String crlf = JOB.replace("\n", "\r\n");
        Path file = write("crlf.fio", crlf);
        editor.open(file);
        assertEquals(JOB, editor.getText());
        Path copy = temp.resolve("copy.fio");
        dialogs.filesToSave.add(copy);
        editor.saveAs();
        assertArrayEquals(crlf.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(copy));
        assertEquals(copy, editor.pathProperty().get());
    }

    @Test
    void saveOfANewFileAsksWhereAndCancellingKeepsItDirty() {
        editor.newFile("[job]\nrw=read\n");
        assertTrue(editor.isDirty());
        editor.save();
        assertEquals(List.of("save as job.fio"), dialogs.asked);
        assertTrue(editor.isDirty());
    }

    @Test
    void newWithUnsavedEditsAsksAndCancelKeepsThem() throws Exception {
        editor.open(write("job.fio", JOB));
        editor.replaceText(JOB + "; more\n");
        dialogs.saveChoices.add(SaveChoice.CANCEL);
        editor.newFile();
        assertEquals(List.of("save changes to job.fio"), dialogs.asked);
        assertEquals(JOB + "; more\n", editor.getText());
    }

    @Test
    void newWithUnsavedEditsAndDontSaveDropsThem() throws Exception {
        Path file = write("job.fio", JOB);
        editor.open(file);
        editor.replaceText(JOB + "; more\n");
        dialogs.saveChoices.add(SaveChoice.DISCARD);
        editor.newFile();
        assertEquals("", editor.getText());
        assertEquals(JOB, Files.readString(file));
        assertFalse(editor.canUndoProperty().get());
    }

    @Test
    void closingWithSaveWritesFirstThenProceeds() throws Exception {
        Path file = write("job.fio", JOB);
        editor.open(file);
        editor.replaceText(JOB + "; more\n");
        dialogs.saveChoices.add(SaveChoice.SAVE);
        boolean[] closed = new boolean[1];
        editor.guardUnsaved(() -> closed[0] = true);
        assertTrue(closed[0]);
        assertEquals(JOB + "; more\n", Files.readString(file));
        assertFalse(editor.isDirty());
    }

    @Test
    void aFileThatCannotBeReadIsOneErrorLineAndLeavesTheRecentList() {
        Path missing = temp.resolve("gone.fio");
        recent.add(missing);
        editor.open(missing);
        assertEquals(List.of("Cannot open: " + missing + ": no such job file"), dialogs.errors);
        assertTrue(recent.files().isEmpty());
    }

    @Test
    void jumpingToAProblemInThisFileRequestsItsPlace() throws Exception {
        editor.open(write("job.fio", JOB.replace("bs=4k", "bs=4q")));
        Problem problem = editor.problems().get(0);
        editor.jumpTo(problem);
        assertEquals(3, editor.jumpRequestProperty().get().line());
        assertEquals(4, editor.jumpRequestProperty().get().column());
        assertTrue(editor.jumpToNextProblem(3));
        assertEquals(3, editor.jumpRequestProperty().get().line());
    }

    @Test
    void commandLineIsFiosShowcmdForm() throws Exception {
        editor.open(write("job.fio", JOB));
        assertEquals("fio --bs=4k --name=read --rw=randread \n", editor.commandLine());
    }
}
