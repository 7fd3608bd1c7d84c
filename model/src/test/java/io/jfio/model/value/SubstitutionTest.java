package io.jfio.model.value;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubstitutionTest {

    private final Substitution substitution = new Substitution(Map.of("SIZE", "64m", "DIR", "/mnt/test"),
            new SystemInfo(8, 4096, 24105));

    @Test
    void bracedVariableIsReplaced() {
        assertEquals("64m", substitution.apply("${SIZE}"));
        assertEquals("/mnt/test/file", substitution.apply("${DIR}/file"));
    }

    @Test
    void unsetVariableBecomesEmpty() {
        assertEquals("4k", substitution.apply("${NOPE}4k"));
    }

    @Test
    void variableWithoutBracesIsLeftAsFioDoes() {
        assertEquals("$SIZE", substitution.apply("$SIZE"));
    }

    @Test
    void reservedKeywordsBecomeSystemNumbers() {
        assertEquals("8", substitution.apply("$ncpus"));
        assertEquals("4096", substitution.apply("$pagesize"));
        assertEquals("24105", substitution.apply("$mb_memory"));
    }

    @Test
    void keywordArithmeticIsComputedLikeBc() {
        assertEquals("192840", substitution.apply("8*$mb_memory"));
        assertEquals("4", substitution.apply("$ncpus/2"));
        assertEquals("2", substitution.apply("$ncpus/3"));
        assertEquals("16", substitution.apply("($ncpus*2)"));
    }

    @Test
    void textThatIsNotArithmeticKeepsTheKeywordValue() {
        assertEquals("/dev/sd-8", substitution.apply("/dev/sd-$ncpus"));
    }

    @Test
    void arithmeticWithoutKeywordIsLeftForTheTypeParser() {
        assertEquals("2*3", substitution.apply("2*3"));
    }

    @Test
    void substitutesDetectsWhatWouldChange() {
        assertTrue(Substitution.substitutes("${X}"));
        assertTrue(Substitution.substitutes("$ncpus"));
        assertFalse(Substitution.substitutes("$X"));
    }
}
