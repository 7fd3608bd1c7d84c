package io.jfio.model.option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OptionsDocTest {

    /** docs/options.md in the repository (tests run in the model module's directory). */
    private static Path committedDoc() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../docs/options.md").normalize();
    }

    @Test
    void committedDocsMatchTheCatalog() throws IOException {
        Path doc = committedDoc();
        String message = "docs/options.md is out of date with the option catalog; regenerate it from the repository"
                + " root: " + OptionsDoc.REGENERATE;
        assertTrue(Files.exists(doc), message);
        assertEquals(OptionsDoc.markdown(), Files.readString(doc, StandardCharsets.UTF_8), message);
    }

    @Test
    void docsGiveEachIgnoredOptionItsReason() {
        String markdown = OptionsDoc.markdown();
        assertTrue(markdown.contains("| `clocksource` | jfio always times with the monotonic clock"));
        assertTrue(markdown.contains("| `log_entries` | the initial size of fio's in-memory logs"));
    }

    @Test
    void docsHaveASectionPerCategory() {
        String markdown = OptionsDoc.markdown();
        for (OptionCategory category : Options.catalog().byCategory().keySet()) {
            assertTrue(markdown.contains("\n## " + category.title() + "\n"), category.title());
        }
        assertTrue(markdown.contains("| `bs`, `blocksize` | size (r,w,t) | `4096` | 1... | bytes |  | implemented |"));
    }
}
