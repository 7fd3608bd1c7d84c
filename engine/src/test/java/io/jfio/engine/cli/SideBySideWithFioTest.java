package io.jfio.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jfio.engine.output.JsonShape;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * fio 3.33 and jfio run the same small job files with {@code --output-format=json}; jfio's document must
 * move the same bytes and I/Os per direction and have every key path of fio's, with the same value type
 * (skips where fio is not installed). The one deliberate exception: with {@code rw=randrw} the read/write
 * split is drawn at random (jfio does not reproduce fio's generator), so only the totals are equal and each
 * direction's share is checked against {@code rwmixread}. disk_util depends on the devices each program
 * finds; its shape is compared when both print it.
 */
class SideBySideWithFioTest {

    private static final Pattern DIRECTION = Pattern.compile("^/jobs\\[]/(read|write|trim)/(io_bytes|total_ios)$");
    private static final List<String> DIRECTIONS = List.of("read", "write", "trim");

    @TempDir
    Path dir;

    @BeforeAll
    static void fioIsInstalled() {
        assumeTrue(fioVersion().startsWith("fio-3"), "fio 3 is not installed");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ioengine=psync\nrw=randread\nbs=4k\nsize=8m",
        "ioengine=null\nrw=randwrite\nbs=4k\nsize=64m\nnumber_ios=5000",
        "ioengine=libaio\niodepth=8\ndirect=1\nrw=write\nbs=4k\nsize=8m",
        "ioengine=psync\nrw=randrw\nrwmixread=70\nbs=4k\nsize=8m"})
    void jsonReportMovesFiosBytesWithFiosKeys(String options) throws Exception {
        String fioJson = runFio(options);
        String jfioJson = runJfio(options);

        long[][] fio = counts(fioJson);
        long[][] jfio = counts(jfioJson);
        assertTrue(fio[0][1] + fio[1][1] > 0, "fio did I/O");
        if (options.contains("rw=randrw")) {
            assertEquals(fio[0][0] + fio[1][0], jfio[0][0] + jfio[1][0], "bytes read and written");
            assertEquals(fio[0][1] + fio[1][1], jfio[0][1] + jfio[1][1], "I/Os read and written");
            double readShare = 100.0 * jfio[0][1] / (jfio[0][1] + jfio[1][1]);
            assertTrue(Math.abs(readShare - 70) < 5, "read share " + readShare + " %");
        } else {
            for (int d = 0; d < DIRECTIONS.size(); d++) {
                assertEquals(fio[d][0], jfio[d][0], DIRECTIONS.get(d) + " io_bytes");
                assertEquals(fio[d][1], jfio[d][1], DIRECTIONS.get(d) + " total_ios");
            }
        }

        SortedSet<String> fioShape = JsonShape.of(fioJson);
        SortedSet<String> jfioShape = JsonShape.of(jfioJson); // also: exactly one JSON document
        SortedSet<String> missing = new TreeSet<>(fioShape);
        missing.removeAll(jfioShape);
        if (!(fioShape.contains("/disk_util array") && jfioShape.contains("/disk_util array"))) {
            missing.removeIf(path -> path.startsWith("/disk_util"));
        }
        assertEquals(new TreeSet<>(), missing, "key paths (with value types) of fio's JSON that jfio's lacks");
    }

    /** io_bytes and total_ios of read, write and trim, added over the document's jobs. */
    private static long[][] counts(String json) throws IOException {
        long[][] out = new long[DIRECTIONS.size()][2];
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            StringBuilder path = new StringBuilder();
            walk(parser, parser.nextToken(), path, out);
        }
        return out;
    }

    private static void walk(JsonParser parser, JsonToken token, StringBuilder path, long[][] out) throws IOException {
        int length = path.length();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() != JsonToken.END_OBJECT) {
                path.append('/').append(parser.currentName());
                walk(parser, parser.nextToken(), path, out);
                path.setLength(length);
            }
        } else if (token == JsonToken.START_ARRAY) {
            path.append("[]");
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                walk(parser, t, path, out);
            }
            path.setLength(length);
        } else if (token == JsonToken.VALUE_NUMBER_INT) {
            Matcher m = DIRECTION.matcher(path);
            if (m.matches()) {
                out[DIRECTIONS.indexOf(m.group(1))][m.group(2).equals("io_bytes") ? 0 : 1] += parser.getLongValue();
            }
        }
    }

    private Path jobFile(String name, String options) throws IOException {
        Path files = Files.createDirectories(dir.resolve(name + "-files"));
        return Files.writeString(dir.resolve(name + ".fio"), "[same]\n" + options + "\ndirectory=" + files + "\n");
    }

    private String runFio(String options) throws Exception {
        Process fio = new ProcessBuilder("fio", "--output-format=json", jobFile("fio", options).toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String json = new String(fio.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(fio.waitFor(60, TimeUnit.SECONDS) && fio.exitValue() == 0, "fio could not run the job: " + json);
        return json;
    }

    private String runJfio(String options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run("--output-format=json",
                jobFile("jfio", options).toString());
        assertEquals(Main.OK, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String fioVersion() {
        try {
            Process p = new ProcessBuilder("fio", "--version").start();
            String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) ? version : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
