package io.jfio.app.main;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import io.jfio.app.dialog.FxDialogService;

import javafx.stage.Window;

/**
 * The application's dialogs with the platform file chooser replaced by answers the test queues (the
 * native chooser cannot run headless), text questions answered from a queue while it holds answers, and
 * errors recorded when asked to; other prompts and errors are the real JavaFX alerts.
 */
final class ScriptedDialogs extends FxDialogService {

    final Deque<Path> filesToOpen = new ArrayDeque<>();
    final Deque<Path> filesToSave = new ArrayDeque<>();
    final Deque<String> textAnswers = new ArrayDeque<>();
    final Deque<String> errorsShown = new ArrayDeque<>();
    /** When set, errors go to {@link #errorsShown} instead of a modal alert. */
    boolean recordErrors;

    ScriptedDialogs(Window owner) {
        super(owner);
    }

    @Override
    public Optional<String> askText(String title, String question, String initialText) {
        return textAnswers.isEmpty() ? super.askText(title, question, initialText) : Optional.of(textAnswers.poll());
    }

    @Override
    public void showError(String title, String message) {
        if (recordErrors) {
            errorsShown.add(message);
        } else {
            super.showError(title, message);
        }
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
