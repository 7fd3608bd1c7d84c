package io.jfio.app.main;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import io.jfio.app.dialog.FxDialogService;

import javafx.stage.Window;

/**
 * The application's dialogs with the platform file chooser replaced by answers the test queues (the
 * native chooser cannot run headless); prompts and errors are the real JavaFX alerts.
 */
final class ScriptedDialogs extends FxDialogService {

    final Deque<Path> filesToOpen = new ArrayDeque<>();
    final Deque<Path> filesToSave = new ArrayDeque<>();

    ScriptedDialogs(Window owner) {
        super(owner);
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialDirectory) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialDirectory, String suggestedName) {
        return Optional.ofNullable(filesToSave.poll());
    }

    /** Takes the next of {@link #filesToSave}. */
    @Override
    public Optional<Path> chooseDirectory(Path initialDirectory, String title) {
        return Optional.ofNullable(filesToSave.poll());
    }

    /** Takes every queued file of {@link #filesToOpen}. */
    @Override
    public java.util.List<Path> chooseLogsToOpen(Path initialDirectory) {
        java.util.List<Path> files = java.util.List.copyOf(filesToOpen);
        filesToOpen.clear();
        return files;
    }
}
