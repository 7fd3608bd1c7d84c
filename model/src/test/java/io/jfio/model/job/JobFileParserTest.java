package io.jfio.model.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobFileParserTest {

    private static JobLine only(String text) {
        List<JobLine> lines = JobFileParser.parse(text, "t.fio").lines();
        assertEquals(1, lines.size());
        return lines.get(0);
    }

    private static void assertRoundTrip(String text) {
        assertEquals(text, JobFileParser.parse(text, "t.fio").text());
    }

    @Test
    void crlfTabsOddSpacingAndCommentsRoundTrip() {
        assertRoundTrip("; header comment\r\n[global]\r\n\tbs = 4k\r\n  # indented\r\nrw=randread ; trailing\r\n\r\n[job1]\r\nsize=1m");
    }

    @Test
    void fileWithoutFinalNewlineRoundTrips() {
        assertRoundTrip("[job]\nbs=4k");
        assertEquals(LineEnding.NONE, JobFileParser.parse("[job]\nbs=4k", "t.fio").line(2).ending());
    }

    @Test
    void mixedEndingsLoneCarriageReturnsAndBlankTailsRoundTrip() {
        assertRoundTrip("[a]\r\nbs=4k\nrw=read\r\r\n\n\n  \t \n[b]\rx\n");
    }

    @Test
    void emptyTextHasNoLines() {
        assertEquals(0, JobFileParser.parse("", "t.fio").lineCount());
        assertRoundTrip("");
        assertRoundTrip("\n");
    }

    @Test
    void commentsStartWithSemicolonOrHashAfterBlanks() {
        assertInstanceOf(CommentLine.class, only("; comment"));
        assertInstanceOf(CommentLine.class, only("# comment"));
        assertInstanceOf(CommentLine.class, only("   \t; indented comment"));
    }

    @Test
    void blankLineMayHoldSpacesAndControlCharacters() {
        assertInstanceOf(BlankLine.class, only("  \t\u000b "));
    }

    @Test
    void sectionHeaderAllowsTrailingBlanksAndComment() {
        SectionLine header = (SectionLine) only("  [job1]   ; the first job");
        assertEquals("job1", header.name());
        assertEquals(4, header.nameColumn());
    }

    @Test
    void globalIsAnySectionNameStartingWithGlobal() {
        assertTrue(((SectionLine) only("[global]")).isGlobal());
        assertTrue(((SectionLine) only("[global-2]")).isGlobal());
        assertTrue(!((SectionLine) only("[myglobal]")).isGlobal());
    }

    @Test
    void emptySectionNameIsKeptForValidation() {
        assertEquals("", ((SectionLine) only("[]")).name());
    }

    @Test
    void headerWithoutClosingBracketIsUnrecognised() {
        UnrecognisedLine line = (UnrecognisedLine) only("[job1");
        assertEquals("malformed section header; expected [name]", line.reason());
        assertInstanceOf(UnrecognisedLine.class, only("[job1]x"));
    }

    @Test
    void optionWithSpacesAroundEquals() {
        OptionLine line = (OptionLine) only("  bs = 4k ; comment");
        assertEquals("bs", line.key());
        assertEquals("4k", line.value());
        assertEquals(3, line.keyColumn());
        assertEquals(8, line.valueColumn());
        assertTrue(line.hasBlankAfterEquals());
    }

    @Test
    void optionValueEndsAtTheFirstSemicolonOrHashAsInFio() {
        assertEquals("/tmp/a", ((OptionLine) only("filename=/tmp/a#b")).value());
        assertEquals("foo", ((OptionLine) only("description=foo;bar")).value());
    }

    @Test
    void bareKeyHasNoValue() {
        OptionLine line = (OptionLine) only("time_based");
        assertEquals("time_based", line.key());
        assertNull(line.value());
        assertTrue(line.isBare());
    }

    @Test
    void emptyValueIsNotBare() {
        OptionLine line = (OptionLine) only("description=");
        assertEquals("", line.value());
    }

    @Test
    void equalsWithoutKeyIsUnrecognised() {
        assertEquals("'=' without an option name before it", ((UnrecognisedLine) only("=4k")).reason());
    }

    @Test
    void includeDirectiveNamesAFile() {
        IncludeLine line = (IncludeLine) only("include  glob-include.fio ; shared");
        assertEquals("glob-include.fio", line.path());
        assertEquals(10, line.pathColumn());
        assertEquals("", ((IncludeLine) only("include")).path());
    }

    @Test
    void wordStartingWithIncludeIsAnOption() {
        assertInstanceOf(OptionLine.class, only("includes=1"));
    }

    @Test
    void bytesThatAreNotUtf8RoundTripExactly(@TempDir Path dir) throws IOException {
        byte[] bytes = "[job]\n; caf\u00e9 in Latin-1\nbs=4k\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("latin1.fio");
        Files.write(file, bytes);
        JobFile parsed = JobFileParser.parse(file);
        assertEquals(StandardCharsets.ISO_8859_1, parsed.charset());
        assertArrayEquals(bytes, parsed.bytes());
    }

    @Test
    void utf8FileIsWrittenBackIdentically(@TempDir Path dir) throws IOException {
        byte[] bytes = "[job]\r\n; \u00fcber \u2013 test\r\nbs=4k".getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("utf8.fio");
        Files.write(file, bytes);
        JobFile parsed = JobFileParser.parse(file);
        Path copy = dir.resolve("copy.fio");
        JobFileWriter.write(parsed, copy);
        assertArrayEquals(bytes, Files.readAllBytes(copy));
    }

    @Test
    void missingFileIsOneClearProblem(@TempDir Path dir) {
        Path missing = dir.resolve("nope.fio");
        JobFileException e = assertThrows(JobFileException.class, () -> JobFileParser.parse(missing));
        assertEquals(missing + ": no such job file", e.getMessage());
    }

    @Test
    void sectionsKnowTheirLineRanges() {
        JobFile file = JobFileParser.parse("; top\n[global]\nbs=4k\n\n[a]\nrw=read\n; end\n", "t.fio");
        List<Section> sections = file.sections();
        assertEquals(List.of(new Section(0, "global", 2, 4), new Section(1, "a", 5, 7)), sections);
    }
}
