package io.jfio.model.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.jfio.model.value.SystemInfo;

/**
 * The 107 example job files of the fio project (a copy of ../shared/corpus/fio-examples is kept in the test
 * resources): each parses, writes back byte for byte, and either resolves cleanly or fails with exactly
 * the first error recorded in {@code expected-parse.tsv} (an ioengine jfio lacks, an option fio 3.33 does
 * not know, an unset ${VAR}...). One dynamic test per file. To regenerate the table after a deliberate
 * change: run with -Djfio.corpus.regenerate=true and review the diff.
 */
class CorpusTest {

    private static final String OK = "ok";

    static Path corpus() throws URISyntaxException {
        return Path.of(CorpusTest.class.getResource("/io/jfio/model/corpus/fio-examples").toURI());
    }

    private static Path expectations() throws URISyntaxException {
        return Path.of(CorpusTest.class.getResource("/io/jfio/model/corpus/expected-parse.tsv").toURI());
    }

    static JobResolver resolver(Path directory) {
        return JobResolver.standard().withEnvironment(Map.of()).withSystem(new SystemInfo(2, 4096, 1024))
                .withWorkingDirectory(directory);
    }

    /** The outcome of one file: "ok", or its first error as the user sees it, without the directory. */
    static String outcome(Path file) {
        Resolution resolution = resolver(file.getParent()).resolve(JobFileParser.parse(file));
        if (!resolution.hasErrors()) {
            return OK;
        }
        return resolution.errors().get(0).toString().replace(file.getParent() + "/", "");
    }

    private static List<Path> files() throws IOException, URISyntaxException {
        try (Stream<Path> listing = Files.list(corpus())) {
            return listing.filter(p -> p.toString().endsWith(".fio")).sorted().collect(Collectors.toList());
        }
    }

    private static Map<String, String> expected() throws IOException, URISyntaxException {
        Map<String, String> table = new LinkedHashMap<>();
        for (String line : Files.readAllLines(expectations(), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            table.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return table;
    }

    @Test
    void corpusHasAllOfFiosExamples() throws Exception {
        assertEquals(107, files().size());
        if (Boolean.getBoolean("jfio.corpus.regenerate")) {
            regenerate();
        }
        assertEquals(files().stream().map(p -> p.getFileName().toString()).collect(Collectors.toList()),
                new ArrayList<>(expected().keySet()), "expected-parse.tsv lists every corpus file, in order");
    }

    @TestFactory
    Stream<DynamicTest> eachCorpusFileParsesRoundTripsAndResolvesAsExpected() throws Exception {
        Map<String, String> expected = expected();
        return files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JobFile parsed = JobFileParser.parse(file);
            assertArrayEquals(Files.readAllBytes(file), parsed.bytes(), "round trip");
            String outcome = outcome(file);
            assertEquals(expected.get(file.getFileName().toString()), outcome);
            assertTrue(!outcome.contains("\n") && !outcome.contains("Exception"), outcome);
        }));
    }

    /** Writes the table into the source tree (not target/) so the change shows in git. */
    private static void regenerate() throws IOException, URISyntaxException {
        StringBuilder out = new StringBuilder("# corpus file\tfirst error, or ok (CorpusTest; regenerate with"
                + " -Djfio.corpus.regenerate=true)\n");
        for (Path file : files()) {
            out.append(file.getFileName()).append('\t').append(outcome(file)).append('\n');
        }
        Path source = Path.of("src/test/resources/io/jfio/model/corpus/expected-parse.tsv");
        Files.writeString(source, out.toString(), StandardCharsets.UTF_8);
        Files.writeString(expectations(), out.toString(), StandardCharsets.UTF_8);
    }
}
