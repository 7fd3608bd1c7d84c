package io.jfio.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextChangeTest {

    @Test
    void keepsTheCommonPrefixAndSuffix() {
        assertEquals(new TextChange(17, "12", ""), TextChange.between("[global]\nbs=1\nbs=128k\n", "[global]\nbs=1\nbs=8k\n"));
        assertEquals(new TextChange(12, "", "6"), TextChange.between("[global]\nbs=4k\n", "[global]\nbs=64k\n"));
    }

    @Test
    void anInsertionRemovesNothing() {
        TextChange change = TextChange.between("ab", "axb");
        assertEquals(new TextChange(1, "", "x"), change);
        assertEquals(2, change.insertedEnd());
    }

    @Test
    void repeatedCharactersDoNotOverlapPrefixAndSuffix() {
        assertEquals(new TextChange(3, "", "a"), TextChange.between("aaa", "aaaa"));
        assertEquals(new TextChange(0, "aaa", ""), TextChange.between("aaa", ""));
    }

    @Test
    void equalTextsGiveAnEmptyChange() {
        assertTrue(TextChange.between("same", "same").isEmpty());
    }
}
