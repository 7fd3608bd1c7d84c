package io.jfio.engine.output.terse;

import static io.jfio.engine.output.Fixtures.buckets;
import static io.jfio.engine.output.Fixtures.direction;
import static io.jfio.engine.output.Fixtures.environment;
import static io.jfio.engine.output.Fixtures.golden;
import static io.jfio.engine.output.Fixtures.job;
import static io.jfio.engine.output.Fixtures.latency;
import static io.jfio.engine.output.Fixtures.latencyIn;
import static io.jfio.engine.output.Fixtures.rate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jfio.engine.output.JobReportOptions;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DiskUtil;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.RateSummary;
import io.jfio.model.result.RunResult;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** jfio's terse v3 lines have fio 3.33's fields in fio's positions (test resources fio-3.33/*.terse). */
class TerseReportTest {

    private static final DiskUtil VDA = new DiskUtil("vda", 1, 2, 3, 4, 5, 6, 7, 8.5);

    private static JobResult reader(String name, int group) {
        return job(name).group(group)
                .direction(direction(Direction.READ, 1_000 * 4096, 1_000, 500,
                        latencyIn(1, 1_000, 1_500, 90_000, 2_500.5, 300.25,
                                1_600, 1_700, 1_800, 1_900, 2_000, 2_100, 2_200, 2_300, 2_400, 2_500, 2_600, 2_700,
                                2_800, 2_900, 80_000, 85_000, 90_000),
                        latency(1_000, 1_600, 91_000, 2_600.5, 310.0), LatencySummary.EMPTY,
                        rate(1, 7_800, 7_800, 7_800, 0), rate(1, 1_950, 1_950, 1_950, 0)))
                .buckets(buckets(1_500, 600, 3_000, 390, 60_000, 10))
                .cpu(12.5, 25, 40, 1, 9).depths(1_000, 0, 0, 0, 0, 0, 0).issued(1_000, 0, 0, 0)
                .build();
    }

    private static String[] fields(String line) {
        return TerseFields.of(line);
    }

    private static String render(List<JobResult> jobs, List<DiskUtil> disks, List<JobReportOptions> options) {
        return new TerseReport(environment(1, "2026-11-25T14:11:12"))
                .renderWith(new RunResult(jobs, disks, 0, Map.of(), false), options);
    }

    /** The kind of each field: what the comparison with fio's lines looks at (text fields alike). */
    private static List<String> kinds(String line) {
        return TerseFields.kinds(line, false);
    }

    @Test
    void lineHasFiosFieldsInFiosPositions() {
        String fio = golden("null-randread.terse").strip();
        String jfio = render(List.of(reader("t", 0)), List.of(), List.of(JobReportOptions.DEFAULTS)).strip();
        assertEquals(121, fields(fio).length);
        assertEquals(kinds(fio), kinds(jfio));
    }

    @Test
    void diskFieldsFollowAsInFio() {
        String fio = golden("libaio-slat.terse").strip();
        String jfio = render(List.of(reader("t", 0)), List.of(VDA), List.of(JobReportOptions.DEFAULTS)).strip();
        assertEquals(130, fields(jfio).length);
        assertEquals(kinds(fio), kinds(jfio));
        assertEquals(List.of("vda", "1", "2", "3", "4", "5", "6", "7", "8.50%"),
                Arrays.asList(fields(jfio)).subList(121, 130));
    }

    @Test
    void everyJobGetsALineAndGroupsKeepTheirIds() {
        String fio = golden("two-groups-stonewall.terse");
        String jfio = render(List.of(reader("a", 0), reader("b", 1)), List.of(),
                List.of(JobReportOptions.DEFAULTS, JobReportOptions.DEFAULTS));
        List<String> fioLines = fio.lines().toList();
        List<String> jfioLines = jfio.lines().toList();
        assertEquals(2, jfioLines.size());
        assertEquals(fields(fioLines.get(1))[3], fields(jfioLines.get(1))[3]);
        assertEquals(kinds(fioLines.get(0)), kinds(jfioLines.get(0)));
    }

    @Test
    void readFieldsCarryTheFiguresInFiosUnits() {
        String[] f = fields(render(List.of(reader("t", 0)), List.of(), List.of(JobReportOptions.DEFAULTS)).strip());
        assertEquals(List.of("3", "fio-3.33", "t", "0", "0"), Arrays.asList(f).subList(0, 5));
        assertEquals(List.of("4000", "8000", "2000", "500"), Arrays.asList(f).subList(5, 9)); // KiB, KiB/s, IOPS, ms
        assertEquals(List.of("0", "0", "0.000000", "0.000000"), Arrays.asList(f).subList(9, 13)); // no slat
        assertEquals(List.of("1", "90", "2.500500", "0.300250"), Arrays.asList(f).subList(13, 17)); // clat in usec
        assertEquals("1.000000%=1", f[17]);
        assertEquals("99.990000%=90", f[33]);
        assertEquals("0%=0", f[34]);
        assertEquals(List.of("1", "91", "2.600500", "0.310000"), Arrays.asList(f).subList(37, 41));
        // share of the group: 7800 of 8192000 B/s / 1024 = 8000 KiB/s
        assertEquals(List.of("7800", "7800", "97.500000%", "7800.000000", "0.000000"), Arrays.asList(f).subList(41, 46));
        assertEquals(List.of("12.500000%", "25.000000%", "40", "1", "9"), Arrays.asList(f).subList(87, 92));
        assertEquals("100.0%", f[92]);
        // 600 I/Os at 1.5 us fall in "<=2", 390 at 3 us in "4", 10 at 60 us in "100"
        assertEquals(List.of("60.00%", "39.00%", "0.00%", "0.00%", "0.00%", "1.00%"), Arrays.asList(f).subList(99, 105));
    }

    @Test
    void latPercentilesReplaceClatPercentilesAndUnusedSlotsStayZero() {
        JobReportOptions options = new JobReportOptions(false, true, true, false, 2, "", 1, 0, 0, 100, List.of(50.0, 99.0));
        String[] f = fields(render(List.of(reader("t", 0)), List.of(), List.of(options)).strip());
        assertEquals("50.000000%=0", f[17]); // the hand-made lat summary has no percentiles
        assertEquals("99.000000%=0", f[18]);
        assertEquals("0%=0", f[19]);
        assertEquals("1.000000%=0", fields(render(List.of(reader("t", 0)), List.of(),
                List.of(JobReportOptions.DEFAULTS)).strip())[17 + 41]); // writes: the list, no samples
    }

    @Test
    void descriptionEndsTheLine() {
        JobReportOptions options = new JobReportOptions(false, true, false, false, -1, "hello world", 1, 0, 0, 100);
        String[] f = fields(render(List.of(reader("t", 0)), List.of(VDA), List.of(options)).strip());
        assertEquals(131, f.length);
        assertEquals("hello world", f[130]);
    }

    @Test
    void groupReportingGivesOneLine() {
        JobReportOptions grouped = new JobReportOptions(true, true, false, false, -1, "", 1, 0, 0, 100);
        String jfio = render(List.of(reader("t", 0), reader("t", 0)), List.of(), List.of(grouped, grouped));
        assertEquals(1, jfio.lines().count());
        assertEquals(kinds(golden("null-randrw-numjobs2-group.terse").strip()).size(), kinds(jfio.strip()).size());
        assertEquals("8000", fields(jfio)[5]);
    }

    @Test
    void noSamplesMeansZeroBandwidthFields() {
        JobResult idle = job("t").direction(direction(Direction.READ, 4096, 1, 1, latency(1, 10, 10, 10, 0),
                latency(1, 10, 10, 10, 0), LatencySummary.EMPTY, RateSummary.EMPTY, RateSummary.EMPTY)).build();
        String[] f = fields(render(List.of(idle), List.of(), List.of(JobReportOptions.DEFAULTS)).strip());
        assertEquals(List.of("0", "0", "0.000000%", "0.000000", "0.000000"), Arrays.asList(f).subList(41, 46));
    }
}
