package io.jfio.app.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo for a job file's text, shared by the text and the form view: every edit, whichever view
 * made it, is one step from a text to another. Typing in the text view merges into one step while it
 * goes on at the same place (characters added at the end of the last insertion, or removed just before
 * the last removal) and stays on one line, as text editors do. JavaFX thread only (it belongs to
 * {@link JobEditorViewModel}).
 */
public final class EditHistory {

    /** Where an edit came from: typing can merge with the typing before it, a command never does. */
    public enum Kind { TYPING, COMMAND }

    /** The most steps kept; the oldest go first. */
    static final int MAX_STEPS = 1000;

    private record Step(String before, String after, Kind kind, TextChange change) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    /** Records that the text went from {@code before} to {@code after}; clears the redo steps. */
    public void record(String before, String after, Kind kind) {
        if (before.equals(after)) {
            return;
        }
        TextChange change = TextChange.between(before, after);
        redo.clear();
        Step last = undo.peek();
        if (kind == Kind.TYPING && last != null && last.kind() == Kind.TYPING && continues(last.change(), change)) {
            undo.pop();
            undo.push(new Step(last.before(), after, Kind.TYPING, merged(last.change(), change)));
            return;
        }
        undo.push(new Step(before, after, kind, change));
        if (undo.size() > MAX_STEPS) {
            undo.removeLast();
        }
    }

    /** Stops the last step from merging with the next (after a save, or when the caret jumps). */
    public void seal() {
        Step last = undo.peek();
        if (last != null && last.kind() == Kind.TYPING) {
            undo.pop();
            undo.push(new Step(last.before(), last.after(), Kind.COMMAND, last.change()));
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The text before the last step, which becomes redoable; empty when there is nothing to undo. */
    public Optional<String> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Step step = undo.pop();
        redo.push(new Step(step.before(), step.after(), Kind.COMMAND, step.change()));
        return Optional.of(step.before());
    }

    /** The text after the last undone step; empty when there is nothing to redo. */
    public Optional<String> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Step step = redo.pop();
        undo.push(step);
        return Optional.of(step.after());
    }

    /** Forgets every step (a new or newly opened file). */
    public void clear() {
        undo.clear();
        redo.clear();
    }

    private static boolean continues(TextChange last, TextChange next) {
        if (next.inserted().indexOf('\n') >= 0 || next.removed().indexOf('\n') >= 0) {
            return false;
        }
        boolean lastInserts = last.removed().isEmpty() && !last.inserted().isEmpty();
        boolean lastDeletes = last.inserted().isEmpty() && !last.removed().isEmpty();
        boolean nextInserts = next.removed().isEmpty() && !next.inserted().isEmpty();
        boolean nextDeletes = next.inserted().isEmpty() && !next.removed().isEmpty();
        if (lastInserts && nextInserts) {
            return next.start() == last.insertedEnd();
        }
        if (lastDeletes && nextDeletes) {
            return next.removedEnd() == last.start();
        }
        return false;
    }

    private static TextChange merged(TextChange last, TextChange next) {
        if (next.removed().isEmpty()) {
            return new TextChange(last.start(), last.removed(), last.inserted() + next.inserted());
        }
        return new TextChange(next.start(), next.removed() + last.removed(), "");
    }
}
