package io.jfio.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every bundled example job file (README's and examples/README.md's) passes jfio's --parse-only. */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyExampleJobParses() throws IOException {
        Path examples = Path.of("..", "examples");
        List<Path> files;
        try (Stream<Path> listing = Files.list(examples)) {
            files = listing.filter(p -> p.toString().endsWith(".fio")).sorted().collect(Collectors.toList());
        }
        assertTrue(files.size() >= 10, "examples: " + files);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)).run("--parse-only", file.toString());
            assertEquals(Main.OK, status, err.toString(StandardCharsets.UTF_8));
        }));
    }
}
