package io.jfio.app.dialog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * {@link DialogService} with JavaFX alerts and the platform's file chooser, owned by the main window.
 * JavaFX thread only.
 */
public class FxDialogService implements DialogService {

    /** The button of the unsaved-changes prompt that saves. */
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    /** The button of the unsaved-changes prompt that drops the edits. */
    public static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public SaveChoice askToSaveChanges(String documentName) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DISCARD, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + documentName + "?");
        alert.setContentText("Your edits are lost if you don't save them.");
        alert.getDialogPane().setId("unsavedChangesPrompt");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == SAVE) {
            return SaveChoice.SAVE;
        }
        return answer == DISCARD ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialDirectory) {
        FileChooser chooser = chooser("Open job file", initialDirectory);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(file -> file.toPath());
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialDirectory, String suggestedName) {
        FileChooser chooser = chooser("Save job file", initialDirectory);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(file -> file.toPath());
    }

    @Override
    public Optional<Path> chooseDirectory(Path initialDirectory, String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(file -> file.toPath());
    }

    @Override
    public java.util.List<Path> chooseLogsToOpen(Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open fio logs");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("fio logs (*.log, *.log.fz)", "*.log", "*.log.fz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        java.util.List<java.io.File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? java.util.List.of() : files.stream().map(java.io.File::toPath).toList();
    }

    @Override
    public Optional<String> askText(String title, String question, String initialText) {
        TextInputDialog dialog = new TextInputDialog(initialText);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        dialog.getDialogPane().setId("textPrompt");
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("errorAlert");
        alert.showAndWait();
    }

    private static FileChooser chooser(String title, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("fio job files (*.fio, *.ini, *.job)", "*.fio", "*.ini", "*.job"),
                new FileChooser.ExtensionFilter("All files", "*"));
        // The chooser refuses a directory that is gone (a recent file's folder may be); one stat is all this costs.
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return chooser;
    }
}
