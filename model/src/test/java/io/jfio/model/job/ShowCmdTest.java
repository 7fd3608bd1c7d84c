package io.jfio.model.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * jfio's --showcmd prints what fio 3.33 printed for the same file: golden outputs of
 * {@code env -i fio --showcmd FILE} for every corpus and report job file fio accepted.
 */
class ShowCmdTest {

    private static String showCmd(Path file) {
        Resolution resolution = CorpusTest.resolver(file.getParent()).resolve(JobFileParser.parse(file));
        return ShowCmd.format(resolution, 1);
    }

    @TestFactory
    Stream<DynamicTest> showCmdMatchesFioOnEveryCorpusFile() throws Exception {
        Path corpus = CorpusTest.corpus();
        Path goldens = corpus.resolveSibling("fio-showcmd");
        List<Path> expected;
        try (Stream<Path> listing = Files.list(goldens)) {
            expected = listing.sorted().collect(Collectors.toList());
        }
        return expected.stream().map(golden -> DynamicTest.dynamicTest(golden.getFileName().toString(), () -> {
            String name = golden.getFileName().toString().replaceFirst("\\.txt$", "");
            Path file = Files.exists(corpus.resolve(name)) ? corpus.resolve(name)
                    : corpus.resolveSibling("report-jobs").resolve(name);
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), showCmd(file));
        }));
    }

    @Test
    void laterGlobalPrintsEveryGlobalOptionSoFar() {
        JobFile file = JobFileParser.parse("[global]\nbs=4k\n[j]\nsize=1m\n[global]\nbs=8k\n[k]\nsize=2m ; note\n", "t.fio");
        Resolution resolution = JobResolver.standard().resolve(file);
        assertEquals("fio --bs=4k --name=j --size=1m --bs=4k --bs=8k --name=k --size=2m \n", ShowCmd.format(resolution, 1));
    }

    @Test
    void aliasesPrintAsCanonicalNames() {
        JobFile file = JobFileParser.parse("[j]\nblocksize=4k\nreadwrite=randread\ntimeout=10\n", "t.fio");
        assertEquals("fio --name=j --bs=4k --rw=randread --runtime=10 \n",
                ShowCmd.format(JobResolver.standard().resolve(file), 1));
    }
}
