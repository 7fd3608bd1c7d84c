package io.jfio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layering rules the build cannot see: JavaFX stays out of model and engine, and view-models hold no
 * controls (they are unit-tested without a toolkit).
 */
class LayeringTest {

    private static List<String> offenders(Path root, String fileSuffix, String forbidden) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(fileSuffix)).filter(file -> {
                try {
                    return Files.readString(file).contains(forbidden);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).sorted().toList();
        }
    }

    @Test
    void modelAndEngineNeverImportJavafx() throws IOException {
        Path model = Path.of("..", "model", "src", "main", "java");
        Path engine = Path.of("..", "engine", "src", "main", "java");
        assertTrue(Files.isDirectory(model) && Files.isDirectory(engine), "run from the app module");
        assertEquals(List.of(), offenders(model, ".java", "import javafx"));
        assertEquals(List.of(), offenders(engine, ".java", "import javafx"));
    }

    @Test
    void viewModelsHoldNoControls() throws IOException {
        Path app = Path.of("src", "main", "java");
        assertEquals(List.of(), offenders(app, "ViewModel.java", "import javafx.scene"));
    }
}
