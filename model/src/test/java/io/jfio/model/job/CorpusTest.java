package io.jfio.model.job;

import io.jfio.model.value.SystemInfo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every job file of fio's examples parses, writes back byte for byte and resolves without an exception
 * (validation problems are expected while the catalog is incomplete). Skipped where the shared corpus
 * is absent.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("jfio.corpus", "/work/shared/corpus/fio-examples"));

    @Test
    void everyCorpusFileParsesRoundTripsAndResolves() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS);
        List<Path> files;
        try (Stream<Path> listing = Files.list(CORPUS)) {
            files = listing.filter(p -> p.toString().endsWith(".fio")).sorted().collect(Collectors.toList());
        }
        assertTrue(files.size() > 100, "corpus has " + files.size() + " files");
        JobResolver resolver = JobResolver.standard().withEnvironment(Map.of()).withSystem(new SystemInfo(2, 4096, 1024))
                .withWorkingDirectory(CORPUS);
        for (Path file : files) {
            JobFile parsed = JobFileParser.parse(file);
            assertArrayEquals(Files.readAllBytes(file), parsed.bytes(), file.toString());
            assertDoesNotThrow(() -> resolver.resolve(parsed), file.toString());
        }
    }
}
