package io.jfio.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private final EditHistory history = new EditHistory();

    @Test
    void typingAtTheSamePlaceIsOneStep() {
        history.record("bs=", "bs=6", EditHistory.Kind.TYPING);
        history.record("bs=6", "bs=64", EditHistory.Kind.TYPING);
        history.record("bs=64", "bs=64k", EditHistory.Kind.TYPING);
        assertEquals(Optional.of("bs="), history.undo());
        assertFalse(history.canUndo());
    }

    @Test
    void backspacesAtTheSamePlaceAreOneStep() {
        history.record("bs=64k", "bs=64", EditHistory.Kind.TYPING);
        history.record("bs=64", "bs=6", EditHistory.Kind.TYPING);
        assertEquals(Optional.of("bs=64k"), history.undo());
        assertFalse(history.canUndo());
    }

    @Test
    void typingElsewhereStartsANewStep() {
        history.record("ab", "axb", EditHistory.Kind.TYPING);
        history.record("axb", "axby", EditHistory.Kind.TYPING);
        assertEquals(Optional.of("axb"), history.undo());
        assertEquals(Optional.of("ab"), history.undo());
    }

    @Test
    void aNewLineEndsTheTypingStep() {
        history.record("a", "ab", EditHistory.Kind.TYPING);
        history.record("ab", "ab\n", EditHistory.Kind.TYPING);
        assertEquals(Optional.of("ab"), history.undo());
    }

    @Test
    void commandsNeverMerge() {
        history.record("bs=4k", "bs=8k", EditHistory.Kind.COMMAND);
        history.record("bs=8k", "bs=8k1", EditHistory.Kind.TYPING);
        assertEquals(Optional.of("bs=8k"), history.undo());
        assertEquals(Optional.of("bs=4k"), history.undo());
    }

    @Test
    void sealStopsMerging() {
        history.record("a", "ab", EditHistory.Kind.TYPING);
        history.seal();
        history.record("ab", "abc", EditHistory.Kind.TYPING);
        assertEquals(Optional.of("ab"), history.undo());
    }

    @Test
    void redoReplaysWhatUndoTookBackAndANewEditDropsIt() {
        history.record("a", "b", EditHistory.Kind.COMMAND);
        assertEquals(Optional.of("a"), history.undo());
        assertTrue(history.canRedo());
        assertEquals(Optional.of("b"), history.redo());
        assertEquals(Optional.of("a"), history.undo());
        history.record("a", "c", EditHistory.Kind.COMMAND);
        assertFalse(history.canRedo());
        assertEquals(Optional.empty(), history.redo());
    }
}
