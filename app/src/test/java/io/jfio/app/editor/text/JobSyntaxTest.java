package io.jfio.app.editor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JobSyntaxTest {

    /** The runs as "text:classes" pieces, so expectations read like the file. */
    private static List<String> pieces(String text, Set<Integer> errors, Set<Integer> warnings) {
        List<String> pieces = new ArrayList<>();
        int at = 0;
        for (StyledRun run : JobSyntax.runs(text, errors, warnings)) {
            pieces.add(text.substring(at, at + run.length()).replace("\n", "\\n") + ":" + String.join("+", run.classes()));
            at += run.length();
        }
        assertEquals(text.length(), at);
        return pieces;
    }

    @Test
    void sectionsKeysValuesAndCommentsGetTheirClasses() {
        assertEquals(List.of("; jobs:comment", "\\n:", "[global]:section", "\\n:", "bs:key", "=:", "4k:value", " :",
                        "# small:comment", "\\n:"),
                pieces("; jobs\n[global]\nbs=4k # small\n", Set.of(), Set.of()));
    }

    @Test
    void includeAndVariablesAreMarked() {
        assertEquals(List.of("include:include", " :", "common.fio:include-path", "\\n:", "size:key", "=:",
                        "${SIZE}:value+variable", "\\n:", "numjobs:key", "=:", "$ncpus:value+variable", "\\n:"),
                pieces("include common.fio\nsize=${SIZE}\nnumjobs=$ncpus\n", Set.of(), Set.of()));
    }

    @Test
    void problemLinesAreUnderlinedOnEveryCharacter() {
        assertEquals(List.of("[job]:section", "\\n:", "bs:key+error", "=:error", "4q:value+error", "\\n:",
                        "rw:key+warning", "= :warning", "read:value+warning"),
                pieces("[job]\nbs=4q\nrw= read", Set.of(2), Set.of(3)));
    }

    @Test
    void aLineFioCannotReadIsInvalid() {
        assertEquals(List.of("[broken:invalid", "\\n:"), pieces("[broken\n", Set.of(), Set.of()));
    }
}
