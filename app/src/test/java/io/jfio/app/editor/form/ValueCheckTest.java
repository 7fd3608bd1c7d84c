package io.jfio.app.editor.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import io.jfio.model.option.OptionSpec;
import io.jfio.model.option.Options;

import org.junit.jupiter.api.Test;

class ValueCheckTest {

    private static OptionSpec spec(String name) {
        return Options.catalog().lookup(name).orElseThrow();
    }

    @Test
    void sizesAcceptUnitsAndSayWhatTheyMean() {
        assertEquals(Optional.empty(), ValueCheck.problem(spec("bs"), "4k", 1024));
        assertEquals(Optional.of("4096 bytes = 4 KiB"), ValueCheck.meaning(spec("bs"), "4k", 1024));
        assertEquals(Optional.of("1048576 bytes = 1 MiB"), ValueCheck.meaning(spec("size"), "1m", 1024));
        assertEquals(Optional.of("1000 bytes"), ValueCheck.meaning(spec("bs"), "1k", 1000));
    }

    @Test
    void timesAcceptUnits() {
        assertEquals(Optional.empty(), ValueCheck.problem(spec("runtime"), "500ms", 1024));
        assertEquals(Optional.of("500 ms"), ValueCheck.meaning(spec("runtime"), "500ms", 1024));
        assertEquals(Optional.of("2 min"), ValueCheck.meaning(spec("runtime"), "120", 1024));
    }

    @Test
    void aBadValueGetsTheParsersMessage() {
        Optional<String> problem = ValueCheck.problem(spec("bs"), "4q", 1024);
        assertTrue(problem.isPresent());
        assertTrue(problem.get().contains("4q"), problem.get());
    }

    @Test
    void valuesWithVariablesAreLeftToValidation() {
        assertEquals(Optional.empty(), ValueCheck.problem(spec("bs"), "${BS}", 1024));
    }

    @Test
    void perDirectionSizesDescribeEachDirection() {
        assertEquals(Optional.of("read 4096 bytes = 4 KiB, write 65536 bytes = 64 KiB, trim 65536 bytes = 64 KiB"),
                ValueCheck.meaning(spec("bs"), "4k,64k", 1024));
    }
}
