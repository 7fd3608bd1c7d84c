package io.jfio.model.job;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobFileEditTest {

    private static JobFile parse(String text) {
        return JobFileParser.parse(text, "t.fio");
    }

    /** The 1-based numbers of lines that differ, for files with the same number of lines. */
    private static List<Integer> changedLines(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        assertEquals(a.length, b.length, "line count changed");
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                changed.add(i + 1);
            }
        }
        return changed;
    }

    @Test
    void setOptionRewritesOnlyThatLineKeepingSpacingAndComment() {
        String text = "[global]\nioengine=libaio\n\n[job]\n  bs = 4k   ; block size\nrw=read\n";
        JobFile file = parse(text);
        file.setOption("job", "bs", "64k");
        assertEquals(List.of(5), changedLines(text, file.text()));
        assertEquals("  bs = 64k   ; block size", file.line(5).text());
    }

    @Test
    void setOptionRewritesTheLastOfRepeatedLines() {
        String text = "[job]\nbs=4k\nbs=8k\n";
        JobFile file = parse(text);
        file.setOption("job", "bs", "16k");
        assertEquals("[job]\nbs=4k\nbs=16k\n", file.text());
    }

    @Test
    void setOptionFindsTheLineWrittenWithAnAlias() {
        JobFile file = parse("[job]\nblocksize=4k\n");
        file.setOption("job", "bs", "8k");
        assertEquals("[job]\nblocksize=8k\n", file.text());
    }

    @Test
    void setOptionInsertsAfterTheSectionsLastOptionInItsStyle() {
        JobFile file = parse("[global]\n\tbs = 4k\n\n; next\n[job]\nrw=read\n");
        file.setOption("global", "iodepth", "8");
        assertEquals("[global]\n\tbs = 4k\n\tiodepth = 8\n\n; next\n[job]\nrw=read\n", file.text());
    }

    @Test
    void setOptionInEmptySectionGoesRightAfterTheHeader() {
        JobFile file = parse("[a]\n\n[b]\nbs=4k\n");
        file.setOption("a", "rw", "write");
        assertEquals("[a]\nrw=write\n\n[b]\nbs=4k\n", file.text());
    }

    @Test
    void setOptionAtEndOfFileWithoutNewlineKeepsTheFileWithoutOne() {
        JobFile file = parse("[job]\r\nbs=4k");
        file.setOption("job", "size", "1m");
        assertEquals("[job]\r\nbs=4k\r\nsize=1m", file.text());
    }

    @Test
    void insertedLineUsesTheNeighboursLineEnding() {
        JobFile file = parse("[job]\r\nbs=4k\r\n");
        file.setOption("job", "rw", "read");
        assertEquals("[job]\r\nbs=4k\r\nrw=read\r\n", file.text());
    }

    @Test
    void setOptionCanMakeABareKeyAndBack() {
        JobFile file = parse("[job]\ntime_based ; run for runtime\n");
        file.setOption("job", "time_based", "1");
        assertEquals("time_based=1 ; run for runtime", file.line(2).text());
        file.setOption("job", "time_based", null);
        assertEquals("time_based ; run for runtime", file.line(2).text());
    }

    @Test
    void setOptionRefusesValuesFioWouldCutAtAComment() {
        JobFile file = parse("[job]\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> file.setOption("job", "description", "a;b"));
        assertEquals("value 'a;b' contains ';', which fio reads as the start of a comment", e.getMessage());
        assertEquals("[job]\n", file.text());
    }

    @Test
    void setOptionOnAMissingSectionSaysSo() {
        JobFile file = parse("[job]\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> file.setOption("nope", "bs", "4k"));
        assertEquals("no section [nope] in t.fio", e.getMessage());
    }

    @Test
    void setOptionByIndexReachesTheSecondGlobal() {
        JobFile file = parse("[global]\nbs=4k\n[a]\n[global]\nbs=8k\n[b]\n");
        file.setOption(2, "bs", "16k");
        assertEquals("[global]\nbs=4k\n[a]\n[global]\nbs=16k\n[b]\n", file.text());
    }

    @Test
    void optionReadsTheValueFioWouldUse() {
        JobFile file = parse("[job]\nbs=4k\nblocksize=8k\ntime_based\n");
        assertEquals("8k", file.option("job", "bs").orElseThrow());
        assertEquals("", file.option("job", "time_based").orElseThrow());
        assertTrue(file.option("job", "size").isEmpty());
    }

    @Test
    void removeOptionRemovesEveryLineSettingIt() {
        JobFile file = parse("[a]\nbs=4k\nrw=read\nblocksize=8k\n[b]\nbs=1k\n");
        assertTrue(file.removeOption("a", "bs"));
        assertEquals("[a]\nrw=read\n[b]\nbs=1k\n", file.text());
        assertFalse(file.removeOption("a", "bs"));
    }

    @Test
    void addSectionAppendsAfterABlankLine() {
        JobFile file = parse("[a]\nbs=4k\n");
        assertEquals(1, file.addSection("b"));
        assertEquals("[a]\nbs=4k\n\n[b]\n", file.text());
    }

    @Test
    void addSectionToEmptyFile() {
        JobFile file = parse("");
        file.addSection("job");
        assertEquals("[job]\n", file.text());
    }

    @Test
    void removeSectionTakesItsLinesUpToTheNextHeader() {
        JobFile file = parse("[a]\nbs=4k\n; about b\n[b]\nrw=read\n\n[c]\n");
        file.removeSection("b");
        assertEquals("[a]\nbs=4k\n; about b\n[c]\n", file.text());
    }

    @Test
    void renameSectionKeepsIndentAndComment() {
        JobFile file = parse(" [old]  ; keep me\nbs=4k\n");
        file.renameSection("old", "new");
        assertEquals(" [new]  ; keep me\nbs=4k\n", file.text());
    }

    @Test
    void renameSectionRefusesNamesThatWouldNotReadBack() {
        JobFile file = parse("[a]\n");
        assertThrows(IllegalArgumentException.class, () -> file.renameSection("a", "b]c"));
        assertThrows(IllegalArgumentException.class, () -> file.renameSection("a", "b;c"));
        assertThrows(IllegalArgumentException.class, () -> file.renameSection("a", " "));
    }

    @Test
    void duplicateSectionCopiesItRightAfterTheOriginal() {
        JobFile file = parse("[a]\nbs=4k\n\n[b]\n");
        assertEquals(1, file.duplicateSection("a", "a2"));
        assertEquals("[a]\nbs=4k\n\n[a2]\nbs=4k\n\n[b]\n", file.text());
    }

    @Test
    void duplicateLastSectionWithoutFinalNewline() {
        JobFile file = parse("[a]\nbs=4k");
        file.duplicateSection("a", "b");
        assertEquals("[a]\nbs=4k\n[b]\nbs=4k", file.text());
    }
}
