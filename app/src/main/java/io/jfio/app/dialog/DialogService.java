package io.jfio.app.dialog;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The questions view-models ask the user, so they hold no controls and tests can answer for the user.
 * The application's implementation is {@link FxDialogService}. JavaFX thread only.
 */
public interface DialogService {

    /** The answer to "save your changes?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** Asks whether to save unsaved edits of {@code documentName} before they would be lost. */
    SaveChoice askToSaveChanges(String documentName);

    /** A job file to open, or empty when the user cancels. */
    Optional<Path> chooseFileToOpen(Path initialDirectory);

    /** Where to save, or empty when the user cancels. */
    Optional<Path> chooseFileToSave(Path initialDirectory, String suggestedName);

    /** One line of text (a section name), or empty when the user cancels. */
    Optional<String> askText(String title, String question, String initialText);

    /** Tells the user that something failed; {@code message} is one clear line. */
    void showError(String title, String message);

    /**
     * A directory to write into (exported logs), or empty when the user cancels. Services without a
     * directory chooser ask for a path as for saving a file.
     */
    default Optional<Path> chooseDirectory(Path initialDirectory, String title) {
        return chooseFileToSave(initialDirectory, "");
    }

    /**
     * Log files to open (File → Open Logs), empty when the user cancels. Services without a multiple
     * chooser ask for one file.
     */
    default java.util.List<Path> chooseLogsToOpen(Path initialDirectory) {
        return chooseFileToOpen(initialDirectory).map(java.util.List::of).orElse(java.util.List.of());
    }
}
