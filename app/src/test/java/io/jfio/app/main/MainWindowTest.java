package io.jfio.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.jfio.app.settings.MemorySettings;
import io.jfio.app.task.SameThreadTaskExecutor;
import io.jfio.model.job.Problem;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window driven as a user would, headless: issue 5's "Done when" list.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    static final Path CORPUS = Path.of("..", "model", "src", "test", "resources", "io", "jfio", "model", "corpus",
            "fio-examples");

    private Stage stage;
    private MainWindow window;
    private ScriptedDialogs dialogs;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dialogs = new ScriptedDialogs(stage);
        window = new MainWindow(stage, new SameThreadTaskExecutor(), new MemorySettings(), dialogs);
        window.show();
    }

    private Path copyOfCorpus(String name) throws Exception {
        Path copy = temp.resolve(name);
        Files.copy(CORPUS.resolve(name), copy);
        return copy;
    }

    private void openFile(FxRobot robot, Path file) {
        dialogs.filesToOpen.add(file);
        robot.clickOn("#openButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CodeArea area(FxRobot robot) {
        return robot.lookup("#jobText").queryAs(CodeArea.class);
    }

    @Test
    void openingACorpusFileShowsItsTextAndSections(FxRobot robot) throws Exception {
        Path file = copyOfCorpus("aio-read.fio");
        openFile(robot, file);
        assertEquals(Files.readString(file), area(robot).getText());
        ListView<?> sections = robot.lookup("#sectionList").queryAs(ListView.class);
        assertEquals("[[global], [file1], [file2], [file3], [file4]]", sections.getItems().toString());
        assertEquals("aio-read.fio - jfio", stage.getTitle());
    }

    @Test
    void changingBsInTheFormChangesExactlyOneLineOfTheText(FxRobot robot) throws Exception {
        Path file = copyOfCorpus("aio-read.fio");
        openFile(robot, file);
        List<String> before = area(robot).getText().lines().toList();
        TextField bs = robot.lookup("#option-bs").queryAs(TextField.class);
        robot.doubleClickOn(bs);
        robot.interact(bs::selectAll);
        robot.write("8k").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> after = area(robot).getText().lines().toList();
        assertEquals(before.size(), after.size());
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(i + 1);
            }
        }
        assertEquals(List.of(6), changed);
        assertEquals("bs=8k", after.get(5));
        assertTrue(stage.getTitle().startsWith("*"), stage.getTitle());
    }

    @Test
    void anInvalidValueTypedInTheTextIsListedWithItsLine(FxRobot robot) throws Exception {
        Path file = copyOfCorpus("aio-read.fio");
        openFile(robot, file);
        CodeArea area = area(robot);
        robot.clickOn(area);
        int paragraph = 10; // line 11, "iodepth=4" in [file1]
        robot.interact(() -> area.moveTo(paragraph, area.getParagraphLength(paragraph)));
        robot.type(KeyCode.BACK_SPACE).write("x");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("iodepth=x", area.getParagraph(paragraph).getText());
        ListView<?> problems = robot.lookup("#problemsList").queryAs(ListView.class);
        assertEquals(1, problems.getItems().size());
        Problem problem = (Problem) problems.getItems().get(0);
        assertEquals(11, problem.line());
        assertEquals(file.toString(), problem.file());
        assertTrue(problem.toString().startsWith(file + ":11:9: iodepth: "), problem.toString());
    }

    @Test
    void savingWritesTheTextByteForByte(FxRobot robot) throws Exception {
        Path file = copyOfCorpus("fio-rand-RW.fio");
        byte[] original = Files.readAllBytes(file);
        openFile(robot, file);
        Path saved = temp.resolve("saved-as.fio");
        dialogs.filesToSave.add(saved);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(saved)));
        assertEquals("saved-as.fio - jfio", stage.getTitle());
    }

    @Test
    void undoAndRedoSpanTheFormAndTheText(FxRobot robot) throws Exception {
        Path file = copyOfCorpus("aio-read.fio");
        openFile(robot, file);
        String original = area(robot).getText();
        TextField bs = robot.lookup("#option-bs").queryAs(TextField.class);
        robot.doubleClickOn(bs);
        robot.interact(bs::selectAll);
        robot.write("64k").type(KeyCode.ENTER);
        String edited = area(robot).getText();
        assertTrue(edited.contains("bs=64k\n"));
        robot.clickOn("#undoButton");
        assertEquals(original, area(robot).getText());
        assertFalse(stage.getTitle().startsWith("*"));
        robot.clickOn("#redoButton");
        assertEquals(edited, area(robot).getText());
        assertEquals("64k", bs.getText());
    }

    @Test
    void newWithUnsavedEditsAsksAndCancelKeepsThem(FxRobot robot) throws Exception {
        Path file = copyOfCorpus("aio-read.fio");
        openFile(robot, file);
        robot.interact(() -> window.editor().replaceText(window.editor().getText() + "; edited\n"));
        robot.clickOn("#newButton");
        DialogPane prompt = robot.lookup("#unsavedChangesPrompt").queryAs(DialogPane.class);
        assertEquals("Save the changes to aio-read.fio?", prompt.getHeaderText());
        robot.clickOn((Button) prompt.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        assertTrue(area(robot).getText().endsWith("; edited\n"));
        assertTrue(stage.getTitle().startsWith("*aio-read.fio"));
    }

    @Test
    void closingTheWindowWithUnsavedEditsAsksAndDontSaveCloses(FxRobot robot) throws Exception {
        Path file = copyOfCorpus("aio-read.fio");
        openFile(robot, file);
        robot.interact(() -> window.editor().replaceText("[global]\n"));
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane prompt = robot.lookup("#unsavedChangesPrompt").queryAs(DialogPane.class);
        robot.clickOn((Button) prompt.lookupButton(io.jfio.app.dialog.FxDialogService.DISCARD));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
        assertEquals(Files.readString(CORPUS.resolve("aio-read.fio")), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Writes target/editor.png and target/editor-dark.png: the editor on a corpus job file, a job section
     * selected and its inherited block size focused. With -Djfio.screenshots=DIR (for README) the
     * pictures are copied there too.
     */
    @Test
    void writesScreenshotsOfTheEditor(FxRobot robot) throws Exception {
        Path file = copyOfCorpus("aio-read.fio");
        openFile(robot, file);
        robot.interact(() -> window.form().selectedSectionProperty().set(2));
        robot.clickOn("#option-bs");
        robot.interact(() -> area(robot).moveTo(13, 10));
        Path light = Path.of("target", "editor.png");
        Path dark = Path.of("target", "editor-dark.png");
        robot.interact(() -> snapshot(light));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.interact(() -> snapshot(dark));
        robot.interact(() -> window.editor().replaceText(window.editor().getText().replace("iodepth=32", "iodepth=3x")));
        robot.interact(() -> snapshot(Path.of("target", "editor-problem.png")));
        assertTrue(Files.size(light) > 10_000);
        assertTrue(Files.size(dark) > 10_000);
        String copyTo = System.getProperty("jfio.screenshots");
        if (copyTo != null) {
            Files.createDirectories(Path.of(copyTo));
            Files.copy(light, Path.of(copyTo).resolve("editor.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(dark, Path.of(copyTo).resolve("editor-dark.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void snapshot(Path png) {
        try {
            Snapshots.write(stage.getScene(), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
