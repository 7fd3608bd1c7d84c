package io.jfio.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import io.jfio.app.editor.form.AddOptionDialog;
import io.jfio.app.editor.run.WriteConfirmationDialog;
import io.jfio.app.editor.template.TemplateDialog;
import io.jfio.app.settings.MemorySettings;
import io.jfio.app.task.SameThreadTaskExecutor;
import io.jfio.model.job.Problem;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's dialogs and window features driven headless: problems jump, command line, templates,
 * add option, the write confirmation, theme and remembered layout.
 */
@ExtendWith(ApplicationExtension.class)
class EditorFeaturesTest {

    private Stage stage;
    private MainWindow window;
    private ScriptedDialogs dialogs;
    private final MemorySettings settings = new MemorySettings();

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dialogs = new ScriptedDialogs(stage);
        window = new MainWindow(stage, new SameThreadTaskExecutor(), settings, dialogs);
        window.show();
    }

    private Path open(FxRobot robot, String name, String text) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        robot.interact(() -> window.open(file));
        return file;
    }

    private CodeArea area(FxRobot robot) {
        return robot.lookup("#jobText").queryAs(CodeArea.class);
    }

    @Test
    void clickingAProblemPutsTheCaretOnItsLine(FxRobot robot) throws Exception {
        open(robot, "job.fio", "[global]\nbs=4k\n\n[job]\nrw=read\nsize=1q\n");
        ListView<?> problems = robot.lookup("#problemsList").queryAs(ListView.class);
        assertEquals(6, ((Problem) problems.getItems().get(0)).line());
        robot.clickOn(robot.lookup("#problemsList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertEquals(5, area(robot).getCurrentParagraph());
        assertEquals(5, area(robot).getCaretColumn());
        assertTrue(area(robot).isFocused());
    }

    @Test
    void showAsCommandLineShowsFiosShowcmdForm(FxRobot robot) throws Exception {
        open(robot, "job.fio", "[global]\nbs=4k\n\n[job]\nrw=read\n");
        robot.clickOn("#commandLineButton");
        TextArea text = robot.lookup("#commandLineText").queryAs(TextArea.class);
        assertEquals("fio --bs=4k --name=job --rw=read", text.getText());
        DialogPane pane = robot.lookup("#commandLineDialog").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(ButtonType.CLOSE));
        assertTrue(robot.lookup("#commandLineDialog").tryQuery().isEmpty());
    }

    @Test
    void aTemplateBecomesANewUnsavedJobFileNamingItsTarget(FxRobot robot) {
        robot.clickOn("#templateButton");
        ListView<?> templates = robot.lookup("#templateList").queryAs(ListView.class);
        robot.interact(() -> templates.getSelectionModel().select(4));
        String target = robot.lookup("#templateTarget").queryAs(javafx.scene.control.TextField.class).getText();
        assertTrue(target.endsWith("jfio-latency-qd1.dat"), target);
        DialogPane pane = robot.lookup("#templateDialog").queryAs(DialogPane.class);
        robot.interact(() -> {
            try {
                Snapshots.write(pane.getScene(), Path.of("target", "template-dialog.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.clickOn((Button) pane.lookupButton(TemplateDialog.CREATE));
        String text = area(robot).getText();
        assertTrue(text.startsWith("; jfio template: 4k random read latency, QD1\n"), text);
        assertTrue(text.contains("filename=" + target + "\n"), text);
        assertEquals("*Untitled - jfio", stage.getTitle());
        assertEquals("[[global], [randread-4k-qd1]]", window.editor().sections().toString());
    }

    @Test
    void addOptionSearchesTheCatalogAndAddsTheChoiceToTheSection(FxRobot robot) throws Exception {
        open(robot, "job.fio", "[job]\nrw=read\n");
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        robot.lookup("#addOptionDialog").queryAs(DialogPane.class);
        robot.clickOn("#optionSearchField").write("runtime");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("[job]\nrw=read\nruntime=0\n", area(robot).getText());
        assertTrue(robot.lookup("#option-runtime").query().isFocused() || robot.lookup("#option-runtime")
                .queryAs(javafx.scene.control.TextField.class).isFocused());
    }

    @Test
    void runningAJobThatWritesOutsideItsFolderNeedsAnExplicitConfirmation(FxRobot robot) throws Exception {
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Path jobs = Files.createDirectories(temp.resolve("jobs"));
        Path file = jobs.resolve("w.fio");
        Files.writeString(file, "[w]\nrw=write\nsize=1m\nfilename=" + outside.resolve("data") + "\n");
        robot.interact(() -> window.open(file));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        DialogPane pane = robot.lookup("#writeConfirmation").queryAs(DialogPane.class);
        ListView<?> targets = robot.lookup("#writeTargets").queryAs(ListView.class);
        assertEquals(1, targets.getItems().size());
        robot.interact(() -> {
            try {
                Snapshots.write(pane.getScene(), Path.of("target", "write-confirmation.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Button run = (Button) pane.lookupButton(WriteConfirmationDialog.RUN);
        assertTrue(run.isDisabled());
        robot.clickOn(robot.lookup("#confirmWrites").queryAs(CheckBox.class));
        assertFalse(run.isDisabled());
        robot.clickOn(run);
        assertTrue(window.editor().statusProperty().get().startsWith("Checks passed: 1 job, 1 write target(s)"),
                window.editor().statusProperty().get());
    }

    @Test
    void theDarkThemeIsOneClassOnTheRootAndIsRemembered(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("theme-dark"));
        assertFalse(stage.getScene().getRoot().getStyleClass().contains("theme-light"));
        assertEquals("DARK", settings.get("theme", null));
    }

    @Test
    void quittingRemembersTheWindowSizeAndSplits(FxRobot robot) {
        SplitPane views = robot.lookup("#viewsSplit").queryAs(SplitPane.class);
        robot.interact(() -> views.setDividerPosition(0, 0.3));
        robot.interact(() -> window.quit());
        assertFalse(stage.isShowing());
        assertEquals(0.3, settings.getDouble("split.views.0", 0), 0.01);
        assertEquals(stage.getWidth(), settings.getDouble("window.width", 0), 0.5);
        Platform.runLater(() -> {
            Stage again = new Stage();
            MainWindow restored = new MainWindow(again, new SameThreadTaskExecutor(), settings, dialogs);
            restored.show();
            assertEquals(0.3, restored.editorView().views().getDividerPositions()[0], 0.01);
            again.close();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFilterInTheAddOptionDialogThatMatchesNothingDisablesAdd(FxRobot robot) throws Exception {
        open(robot, "job.fio", "[job]\nrw=read\n");
        robot.clickOn("#addOptionButton");
        robot.clickOn("#optionSearchField").write("zzzz-no-such-option");
        DialogPane pane = robot.lookup("#addOptionDialog").queryAs(DialogPane.class);
        assertTrue(pane.lookupButton(AddOptionDialog.ADD).isDisabled());
        robot.clickOn((Button) pane.lookupButton(ButtonType.CANCEL));
        assertEquals("[job]\nrw=read\n", area(robot).getText());
    }
}
