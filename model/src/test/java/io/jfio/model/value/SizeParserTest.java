package io.jfio.model.value;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected values are what fio 3.33 prints with --debug=parse for the same text. */
class SizeParserTest {

    @Test
    void sizeSuffixHonoursKbBase() {
        assertEquals(4096, SizeParser.parseBytes("4k", 1024));
        assertEquals(4000, SizeParser.parseBytes("4k", 1000));
        assertEquals(1_000_000_000L, SizeParser.parseBytes("1g", 1000));
    }

    @Test
    void kibMeansPowersOf1000InTheDefaultKbBase() {
        assertEquals(4000, SizeParser.parseBytes("4kib", 1024));
        assertEquals(4000, SizeParser.parseBytes("4KiB", 1024));
        assertEquals(1_000_000, SizeParser.parseBytes("1MiB", 1024));
    }

    @Test
    void kibMeansPowersOf1024WithKbBase1000() {
        assertEquals(4096, SizeParser.parseBytes("4KiB", 1000));
        assertEquals(1_099_511_627_776L, SizeParser.parseBytes("1tib", 1000));
    }

    @Test
    void kiWithoutBFollowsKbBaseLikeK() {
        assertEquals(4096, SizeParser.parseBytes("4Ki", 1024));
        assertEquals(1_048_576, SizeParser.parseBytes("1mi", 1024));
        assertEquals(4000, SizeParser.parseBytes("4ki", 1000));
    }

    @Test
    void kbAndBytesSuffixes() {
        assertEquals(4096, SizeParser.parseBytes("4kb", 1024));
        assertEquals(4096, SizeParser.parseBytes("4KB", 1024));
        assertEquals(4, SizeParser.parseBytes("4b", 1024));
        assertEquals(4, SizeParser.parseBytes("4B", 1024));
    }

    @Test
    void largePrefixesUpToPeta() {
        assertEquals(1_073_741_824L, SizeParser.parseBytes("1g", 1024));
        assertEquals(1_099_511_627_776L, SizeParser.parseBytes("1T", 1024));
        assertEquals(1_125_899_906_842_624L, SizeParser.parseBytes("1p", 1024));
    }

    @Test
    void hexAndPlusSign() {
        assertEquals(16, SizeParser.parseBytes("0x10", 1024));
        assertEquals(4096, SizeParser.parseBytes("+4k", 1024));
        assertEquals(10, SizeParser.parseBytes("010", 1024));
    }

    @Test
    void unknownUnitIsRefusedWithTheUnitsFioKnows() {
        ValueException e = assertThrows(ValueException.class, () -> SizeParser.parseBytes("4x", 1024));
        assertEquals("unknown unit 'x' in '4x' (use b, k, m, g, t, p (optionally followed by b, i or ib))", e.getMessage());
        assertThrows(ValueException.class, () -> SizeParser.parseBytes("4pony", 1024));
        assertThrows(ValueException.class, () -> SizeParser.parseBytes("4z", 1024));
    }

    @Test
    void fractionIsRefusedNamingWhatFioWouldRead() {
        ValueException e = assertThrows(ValueException.class, () -> SizeParser.parseBytes("1.5k", 1024));
        assertEquals("'1.5k' is not a whole number (fio 3.33 would silently read it as 1)", e.getMessage());
    }

    @Test
    void unitAfterHexIsRefused() {
        assertThrows(ValueException.class, () -> SizeParser.parseBytes("0x10k", 1024));
    }

    @Test
    void negativeSizeIsRefused() {
        ValueException e = assertThrows(ValueException.class, () -> SizeParser.parseBytes("-1", 1024));
        assertEquals("'-1' is negative; expected a size of 0 or more", e.getMessage());
    }

    @Test
    void overflowIsRefused() {
        ValueException e = assertThrows(ValueException.class, () -> SizeParser.parseBytes("99999p", 1024));
        assertEquals("'99999p' is too large", e.getMessage());
    }

    @Test
    void arithmeticInParenthesesWithUnitsInside() {
        assertEquals(16384, SizeParser.parseBytes("((1+3)*4k)", 1024));
        assertEquals(4096, SizeParser.parseBytes("(1k+3k)", 1024));
        assertEquals(6, SizeParser.parseBytes("(2*3)", 1024));
        assertEquals(8, SizeParser.parseBytes("(2^3)", 1024));
        assertEquals(1, SizeParser.parseBytes("(7%3)", 1024));
        assertEquals(2048, SizeParser.parseBytes("(4k/2)", 1024));
        assertEquals(6_000_000, SizeParser.parseBytes("(2*3m)", 1000));
    }

    @Test
    void unitAfterClosingParenthesisIsRefused() {
        ValueException e = assertThrows(ValueException.class, () -> SizeParser.parseBytes("(2*3)m", 1024));
        assertEquals("nothing may follow ')' in '(2*3)m'; put the unit inside the parentheses", e.getMessage());
    }

    @Test
    void malformedExpressionSaysWhatIsWrong() {
        ValueException e = assertThrows(ValueException.class, () -> SizeParser.parseBytes("(2*)", 1024));
        assertTrue(e.getMessage().contains("expected a number"), e.getMessage());
        assertThrows(ValueException.class, () -> SizeParser.parseBytes("(1/0)", 1024));
    }

    @Test
    void dollarVariableWithoutBracesGetsAHint() {
        ValueException e = assertThrows(ValueException.class, () -> SizeParser.parseBytes("$SIZE", 1024));
        assertEquals("'$SIZE' is not a size; fio substitutes environment variables only in the form ${SIZE}",
                e.getMessage());
    }

    @Test
    void multiplierOfEachForm() {
        assertEquals(1, SizeParser.multiplier("", 1024));
        assertEquals(1024L * 1024, SizeParser.multiplier("MB", 1024));
        assertEquals(1000L * 1000, SizeParser.multiplier("mib", 1024));
        assertEquals(-1, SizeParser.multiplier("kbx", 1024));
    }
}
