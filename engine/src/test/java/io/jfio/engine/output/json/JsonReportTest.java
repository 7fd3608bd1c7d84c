package io.jfio.engine.output.json;

import static io.jfio.engine.output.Fixtures.FIO_PERCENTS;
import static io.jfio.engine.output.Fixtures.buckets;
import static io.jfio.engine.output.Fixtures.direction;
import static io.jfio.engine.output.Fixtures.environment;
import static io.jfio.engine.output.Fixtures.golden;
import static io.jfio.engine.output.Fixtures.job;
import static io.jfio.engine.output.Fixtures.latency;
import static io.jfio.engine.output.Fixtures.rate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfio.engine.output.IntervalFigures;
import io.jfio.engine.output.JobReportOptions;
import io.jfio.engine.output.JsonShape;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.DirectionWindow;
import io.jfio.model.result.DiskUtil;
import io.jfio.model.result.IntervalSample;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.LatencyHistogram;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Percentile;
import io.jfio.model.result.RunResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.junit.jupiter.api.Test;

/** jfio's JSON has the key structure of fio 3.33's for the same job shapes (test resources fio-3.33/*.json). */
class JsonReportTest {

    private static final DiskUtil VDA = new DiskUtil("vda", 10, 20, 1, 2, 30, 40, 70, 12.5);
    private static final JobReportOptions LAT_PERCENTILES =
            new JobReportOptions(false, true, true, false, 3, "", 1, 0, 0, 100);

    /** A measured latency: percentiles at {@code percents} from a histogram of three buckets. */
    private static LatencySummary measured(double[] percents) {
        LatencyHistogram histogram = LatencyHistogram.of(new long[] {2154, 4100, 35_000}, new long[] {200, 50, 6});
        List<Percentile> list = new ArrayList<>();
        for (double p : percents) {
            list.add(new Percentile(p, histogram.valueAtPercentile(p)));
        }
        return new LatencySummary(256, 2154, 35_000, 3096.6, 2660.6, list, histogram);
    }

    private static DirectionStats busy(Direction d, boolean slat, double[] percents) {
        return direction(d, 256 * 4096, 256, 2, measured(percents), measured(percents),
                slat ? measured(percents) : LatencySummary.EMPTY, rate(3, 100, 300, 200, 50), rate(3, 25, 75, 50, 12));
    }

    private static JobResult oneJob(String name, int group, DirectionStats... directions) {
        var builder = job(name).group(group).buckets(buckets(3_000, 200, 5_000, 50, 40_000, 6))
                .cpu(10, 20, 30, 0, 9).depths(256, 0, 0, 0, 0, 0, 0).submit(0, 256, 0, 0, 0, 0, 0)
                .complete(0, 256, 0, 0, 0, 0, 0).issued(256, 0, 0, 0).option("name", name).option("rw", "randread");
        for (DirectionStats d : directions) {
            builder.direction(d);
        }
        return builder.build();
    }

    private static RunResult run(List<JobResult> jobs, List<DiskUtil> disks, Map<String, String> globals) {
        return new RunResult(jobs, disks, 0, globals, false);
    }

    private static String json(RunResult run, List<JobReportOptions> options, boolean plus) {
        return new JsonReport(environment(1, "2026-11-25T14:11:12"), plus).renderWith(run, options);
    }

    @Test
    void nullRandreadHasFiosStructure() {
        RunResult run = run(List.of(oneJob("t", 0, busy(Direction.READ, false, FIO_PERCENTS))), List.of(), Map.of());
        assertEquals(JsonShape.of(golden("null-randread.json")),
                JsonShape.of(json(run, List.of(JobReportOptions.DEFAULTS), false)));
    }

    @Test
    void asynchronousJobWithDiskHasFiosStructure() {
        RunResult run = run(List.of(oneJob("t", 0, busy(Direction.READ, true, FIO_PERCENTS))), List.of(VDA), Map.of());
        assertEquals(JsonShape.of(golden("libaio-slat.json")),
                JsonShape.of(json(run, List.of(JobReportOptions.DEFAULTS), false)));
    }

    @Test
    void jsonPlusAddsBinsLikeFio() {
        RunResult run = run(List.of(oneJob("t", 0, busy(Direction.WRITE, false, FIO_PERCENTS))), List.of(VDA), Map.of());
        assertEquals(JsonShape.of(golden("psync-randwrite.jsonplus.json")),
                JsonShape.of(json(run, List.of(JobReportOptions.DEFAULTS), true)));
        assertEquals(JsonShape.of(golden("psync-randwrite.json")),
                JsonShape.of(json(run, List.of(JobReportOptions.DEFAULTS), false)));
    }

    @Test
    void latPercentilesAddAPercentileObjectToLatNs() {
        RunResult run = run(List.of(oneJob("t", 0, busy(Direction.READ, false, new double[] {50, 99, 99.9, 99.999}))),
                List.of(), Map.of());
        assertEquals(JsonShape.of(golden("percentile-list-lat.json")), JsonShape.of(json(run, List.of(LAT_PERCENTILES), false)));
    }

    @Test
    void twoGroupsWithGlobalOptionsHaveFiosStructure() {
        Map<String, String> globals = new LinkedHashMap<>();
        globals.put("ioengine", "null");
        RunResult run = run(List.of(oneJob("a", 0, busy(Direction.READ, false, FIO_PERCENTS)),
                oneJob("b", 1, busy(Direction.WRITE, false, FIO_PERCENTS))), List.of(), globals);
        assertEquals(JsonShape.of(golden("two-groups-stonewall.json")),
                JsonShape.of(json(run, List.of(JobReportOptions.DEFAULTS, JobReportOptions.DEFAULTS), false)));
    }

    @Test
    void groupReportedRandrwHasFiosStructure() {
        JobReportOptions grouped = new JobReportOptions(true, true, false, false, -1, "", 1, 0, 0, 100);
        RunResult run = run(List.of(
                oneJob("t", 0, busy(Direction.READ, false, FIO_PERCENTS), busy(Direction.WRITE, false, FIO_PERCENTS)),
                oneJob("t", 0, busy(Direction.READ, false, FIO_PERCENTS), busy(Direction.WRITE, false, FIO_PERCENTS))),
                List.of(), Map.of());
        String text = json(run, List.of(grouped, grouped), false);
        assertEquals(JsonShape.of(golden("null-randrw-numjobs2-group.json")), JsonShape.of(text));
        assertTrue(text.contains("\"io_bytes\" : 2097152,"), text);
    }

    @Test
    void valuesAreWrittenAsFioWritesThem() {
        RunResult run = run(List.of(oneJob("t", 0, busy(Direction.READ, false, FIO_PERCENTS))), List.of(VDA), Map.of());
        String text = json(run, List.of(JobReportOptions.DEFAULTS), true);
        assertTrue(text.startsWith("{\n  \"fio version\" : \"fio-3.33\",\n  \"timestamp\" : 1795615872,\n"
                + "  \"timestamp_ms\" : 1795615872000,\n  \"time\" : \"Wed Nov 25 14:11:12 2026\",\n"), text);
        assertTrue(text.contains("\"iops\" : 128000.000000,"), text);
        assertTrue(text.contains("\"bw_bytes\" : 524288000,"), text);
        assertTrue(text.contains("\"bw\" : 512000,"), text);
        assertTrue(text.contains("\"99.990000\" : 35000"), text);
        assertTrue(text.contains("\"bins\" : {\n            \"2160\" : 200,\n            \"4128\" : 50,\n"
                + "            \"35072\" : 6\n          }"), text);
        assertTrue(text.contains("\"util\" : 12.500000"), text);
        assertTrue(text.endsWith("}\n"), text);
    }

    @Test
    void namesAndOptionsAreEscaped() {
        JobResult job = job("quote\"back\\slash\ttab").option("filename", "/tmp/a\"b").build();
        String text = json(run(List.of(job), List.of(), Map.of()), List.of(JobReportOptions.DEFAULTS), false);
        assertTrue(text.contains("\"jobname\" : \"quote\\\"back\\\\slash\\ttab\""), text);
        assertTrue(text.contains("\"filename\" : \"/tmp/a\\\"b\""), text);
        JsonShape.of(text);
    }

    @Test
    void periodicReportCarriesTheIntervalFigures() {
        RunResult run = run(List.of(oneJob("t", 0, busy(Direction.READ, false, FIO_PERCENTS))), List.of(), Map.of());
        LatencySummary clat = new LatencySummary(1000, 100, 900, 400, 50, List.of(new Percentile(99, 800)));
        DirectionWindow read = new DirectionWindow(Direction.READ, 4_096_000, 1000, 2000, 8000, 4096, clat, clat,
                LatencySummary.EMPTY, null);
        IntervalSample window = new IntervalSample("t", 1, 1_000_000_000L, 1_500_000_000L, false, List.of(read));
        String text = new JsonReport(environment(1, "2026-11-25T14:11:12"), false)
                .renderPeriodic(run, List.of(JobReportOptions.DEFAULTS), List.of(IntervalFigures.of(List.of(window))));
        assertTrue(text.contains("\"interval\" : {\n        \"start_ms\" : 1000,\n        \"end_ms\" : 1500,\n"
                + "        \"windows\" : 1,\n        \"read\" : {\n          \"io_bytes\" : 4096000,\n"
                + "          \"io_kbytes\" : 4000,\n          \"bw_bytes\" : 8192000,\n          \"bw\" : 8000,\n"
                + "          \"iops\" : 2000.000000,\n          \"total_ios\" : 1000,\n"), text);
        assertTrue(text.contains("\"percentile\" : {\n              \"99.000000\" : 800\n"), text);
        assertTrue(JsonShape.of(text).contains("/jobs[]/interval/trim/clat_ns/N int"));
    }

    @Test
    void periodicReportIsFiosPeriodicDocumentPlusTheIntervalObject() {
        List<SortedSet<String>> fio = JsonShape.documents(golden("status-interval.json"));
        assertEquals(3, fio.size());
        RunResult run = run(List.of(oneJob("t", 0, busy(Direction.READ, false, FIO_PERCENTS))), List.of(), Map.of());
        String text = new JsonReport(environment(1, "2026-11-25T14:11:12"), false)
                .renderPeriodic(run, List.of(JobReportOptions.DEFAULTS), List.of(IntervalFigures.of(List.of())));
        SortedSet<String> jfio = JsonShape.of(text);
        jfio.removeIf(path -> path.startsWith("/jobs[]/interval"));
        for (SortedSet<String> document : fio) {
            assertEquals(document, jfio);
        }
    }
}
