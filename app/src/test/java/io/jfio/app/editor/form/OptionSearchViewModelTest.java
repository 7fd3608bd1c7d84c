package io.jfio.app.editor.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfio.model.option.Options;

import org.junit.jupiter.api.Test;

class OptionSearchViewModelTest {

    private final OptionSearchViewModel search = new OptionSearchViewModel();

    @Test
    void anEmptyQueryListsTheWholeCatalogButDeprecatedOptions() {
        long notDeprecated = Options.catalog().all().stream()
                .filter(spec -> spec.type() != io.jfio.model.option.OptionType.DEPRECATED).count();
        assertEquals(notDeprecated, search.results().size());
        assertTrue(search.results().stream().noneMatch(spec -> spec.name().equals("rwmixcycle")));
    }

    @Test
    void anExactNameComesFirstThenPrefixesThenSubstrings() {
        search.queryProperty().set("iodepth");
        assertEquals("iodepth", search.results().get(0).name());
        assertTrue(search.results().get(1).name().startsWith("iodepth_"));
        assertEquals(search.results().get(0), search.selectedProperty().get());
    }

    @Test
    void aliasesAndHelpTextMatchToo() {
        search.queryProperty().set("blocksize");
        assertEquals("bs", search.results().get(0).name());
        search.queryProperty().set("steady state");
        assertTrue(search.results().stream().anyMatch(spec -> spec.name().equals("steadystate")));
    }

    @Test
    void aLineNamesAliasesAndHelp() {
        assertEquals("bs (blocksize) \u2014 " + Options.catalog().lookup("bs").orElseThrow().help(),
                OptionSearchViewModel.describe(Options.catalog().lookup("bs").orElseThrow()));
    }
}
