package io.jfio.engine.output.terse;

import static io.jfio.engine.output.Fixtures.direction;
import static io.jfio.engine.output.Fixtures.environment;
import static io.jfio.engine.output.Fixtures.golden;
import static io.jfio.engine.output.Fixtures.job;
import static io.jfio.engine.output.Fixtures.latency;
import static io.jfio.engine.output.Fixtures.latencyIn;
import static io.jfio.engine.output.Fixtures.rate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jfio.engine.output.JobReportOptions;
import io.jfio.model.result.DiskUtil;
import io.jfio.model.result.Direction;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.RunResult;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Terse versions 2, 4 and 5 against fio 3.33's lines for a rate-limited 4 MiB write job with a description
 * (test resources fio-3.33/null-write-v*.terse): the field count, the kind of every field and the figures
 * that do not vary between runs.
 */
class TerseVersionsTest {

    private static final JobReportOptions DESCRIBED =
            new JobReportOptions(false, true, false, false, -1, "unit test", 1, 0, 0, 100);
    private static final DiskUtil VDA = new DiskUtil("vda", 1, 2, 3, 4, 5, 6, 7, 8.5);

    /** The golden's job: 4 MiB written in 1024 I/Os over 1999 ms, three bandwidth and IOPS samples. */
    private static final JobResult WRITER = job("t")
            .direction(direction(Direction.WRITE, 4 * 1024 * 1024, 1024, 1999,
                    latencyIn(1, 1024, 0, 13_000, 1_183.6, 775.9,
                            0, 0, 0, 0, 0, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 2_000, 2_000, 3_000, 12_000,
                            13_000, 13_000),
                    latency(1024, 0, 22_000, 2_340.9, 1_364.5), LatencySummary.EMPTY,
                    rate(3, 2_038, 2_070, 2_052, 16.37), rate(3, 496, 530, 512.666667, 17.009801)))
            .cpu(0.35, 1.10, 943, 0, 10).depths(1024, 0, 0, 0, 0, 0, 0).issued(0, 1024, 0, 0)
            .build();

    private static String render(int version, List<DiskUtil> disks) {
        return new TerseReport(environment(1, "2026-11-25T16:10:00"), version)
                .renderWith(new RunResult(List.of(WRITER), disks, 0, Map.of(), false), List.of(DESCRIBED));
    }

    private static String[] fields(String text) {
        return TerseFields.of(text.strip());
    }

    private static List<String> kinds(String text) {
        return TerseFields.kinds(text.strip(), true);
    }

    private static List<String> slice(String text, int from, int to) {
        return Arrays.asList(fields(text)).subList(from, to);
    }

    @Test
    void version2HasNoProgramVersionAddsTrimsAndPutsTheDescriptionOnItsOwnLine() {
        String fio = golden("null-write-v2.terse");
        String jfio = render(2, List.of(VDA));
        assertEquals(2, jfio.lines().count());
        assertEquals(";unit test", jfio.lines().toList().get(1));
        assertEquals(fio.lines().toList().get(1), jfio.lines().toList().get(1));
        String first = jfio.lines().toList().get(0);
        assertEquals(161, fields(first).length);
        assertEquals(kinds(fio.lines().toList().get(0)), kinds(first)); // no disk fields: v2 has none
        assertEquals(List.of("2", "t", "0", "0"), slice(first, 0, 4));
        assertEquals(slice(fio, 45, 49), slice(first, 45, 49)); // write KiB, KiB/s, IOPS, runtime
        assertEquals(List.of("4096", "2049", "512", "1999"), slice(first, 45, 49));
    }

    @Test
    void version4AddsTrimsAfterWrites() {
        String fio = golden("null-write-v4.terse");
        String jfio = render(4, List.of());
        assertEquals(1, jfio.lines().count());
        assertEquals(163, fields(jfio).length);
        assertEquals(fields(fio).length, fields(jfio).length);
        assertEquals(kinds(fio), kinds(jfio));
        assertEquals(List.of("4", "fio-3.33", "t", "0", "0"), slice(jfio, 0, 5));
        assertEquals(slice(fio, 46, 50), slice(jfio, 46, 50));
        assertEquals(slice(fio, 87, 91), slice(jfio, 87, 91)); // trim: nothing moved
        assertEquals("unit test", fields(jfio)[162]);
    }

    @Test
    void version5AddsBandwidthSamplesAndIopsStatisticsPerDirection() {
        String fio = golden("null-write-v5.terse");
        String jfio = render(5, List.of());
        assertEquals(181, fields(jfio).length);
        assertEquals(kinds(fio), kinds(jfio));
        assertEquals(slice(fio, 52, 56), slice(jfio, 52, 56)); // write KiB, KiB/s, IOPS, runtime
        // bw min, max, share, mean, stdev, samples; IOPS min, max, mean, stdev, samples
        assertEquals(List.of("2038", "2070", "100.000000%", "2052.000000", "16.370000", "3",
                "496", "530", "512.666667", "17.009801", "3"), slice(jfio, 88, 99));
        assertEquals(List.of("3", "496", "530", "512.666667", "17.009801", "3"), slice(fio, 93, 99));
        assertEquals("unit test", fields(jfio)[180]);
    }

    @Test
    void versionsFourAndFiveKeepDiskFieldsBeforeTheDescription() {
        String[] v4 = fields(render(4, List.of(VDA)));
        assertEquals(172, v4.length);
        assertEquals(List.of("vda", "1", "2", "3", "4", "5", "6", "7", "8.50%", "unit test"),
                Arrays.asList(v4).subList(162, 172));
        assertEquals(190, fields(render(5, List.of(VDA))).length);
    }

    @Test
    void onlyVersionsTwoToFiveExist() {
        assertThrows(IllegalArgumentException.class, () -> new TerseReport(environment(1, "2026-11-25T16:10:00"), 1));
        assertThrows(IllegalArgumentException.class, () -> new TerseReport(environment(1, "2026-11-25T16:10:00"), 6));
    }
}
