package io.jfio.app.editor;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import io.jfio.app.dialog.DialogService;

/** Answers the view-models' questions from queues the test fills, and records what was asked. */
public final class FakeDialogs implements DialogService {

    public final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public final Deque<String> texts = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public SaveChoice askToSaveChanges(String documentName) {
        asked.add("save changes to " + documentName);
        return saveChoices.isEmpty() ? SaveChoice.CANCEL : saveChoices.poll();
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialDirectory) {
        asked.add("open");
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialDirectory, String suggestedName) {
        asked.add("save as " + suggestedName);
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public Optional<String> askText(String title, String question, String initialText) {
        asked.add(title + ": " + initialText);
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
