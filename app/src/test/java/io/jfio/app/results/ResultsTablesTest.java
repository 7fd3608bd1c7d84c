package io.jfio.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.jfio.app.chart.NamedDistribution;
import io.jfio.engine.output.FioFormat;
import io.jfio.engine.output.ReportFormat;
import io.jfio.model.result.DiskUtil;
import io.jfio.model.result.Percentile;

import org.junit.jupiter.api.Test;

/** The results tables hold the figures fio's JSON and text reports print for the same run. */
class ResultsTablesTest {

    private final SessionRun run = new SessionRun(1, "fixture.fio", RunFixtures.run(), RunFixtures.jobs());
    private final RunTables tables = run.tables();

    private Map<String, Object> json() throws Exception {
        return Json.parse(ReportExport.render(run, ReportFormat.JSON));
    }

    private static Map<String, Object> jsonJob(Map<String, Object> json, int index) {
        return Json.at(json, "jobs", Integer.toString(index));
    }

    @Test
    void jobRowsHoldTheJsonReportsIopsBandwidthAndClat() throws Exception {
        Map<String, Object> json = json();
        List<ResultRow> rows = tables.rows();
        assertEquals(List.of("seq read", "seq write", "rand (2 jobs) read"),
                rows.stream().map(r -> r.jobLabel() + " " + r.direction()).toList());
        int[] jobOf = {0, 0, 1};
        for (int i = 0; i < rows.size(); i++) {
            ResultRow row = rows.get(i);
            Map<String, Object> dir = Json.at(jsonJob(json, jobOf[i]), row.direction());
            assertEquals(Json.integer(dir, "total_ios"), row.ios(), row.toString());
            assertEquals(Json.integer(dir, "io_bytes"), row.ioBytes());
            assertEquals(Json.integer(dir, "bw_bytes"), row.bytesPerSecond());
            assertEquals(Json.integer(dir, "runtime"), row.runtimeMillis());
            assertEquals(Json.number(dir, "iops"), row.iops(), 1e-6);
            Map<String, Object> clat = Json.at(dir, "clat_ns");
            assertEquals(Json.integer(clat, "min"), row.clatMinNanos());
            assertEquals(Json.integer(clat, "max"), row.clatMaxNanos());
            assertEquals(Json.number(clat, "mean"), row.clatMeanNanos(), 1e-6);
            assertEquals(Json.number(clat, "stddev"), row.clatStdevNanos(), 1e-6);
            Map<String, Object> percentiles = Json.at(clat, "percentile");
            assertEquals(Json.integer(percentiles, "50.000000"), row.p50Nanos());
            assertEquals(Json.integer(percentiles, "90.000000"), row.p90Nanos());
            assertEquals(Json.integer(percentiles, "99.000000"), row.p99Nanos());
            assertEquals(Json.integer(percentiles, "99.900000"), row.p999Nanos());
        }
        // fio's whole-millisecond arithmetic: 3000 x 4 KiB in 1500 ms
        assertEquals(8_192_000, rows.get(0).bytesPerSecond());
        assertEquals(2000.0, rows.get(0).iops(), 1e-9);
    }

    @Test
    void groupReportingMergesTheGroupsJobsIntoOneRowAsTheReportDoes() throws Exception {
        ResultRow group = tables.rows().get(2);
        assertEquals(2, group.jobCount());
        assertEquals(9000, group.ios());
        assertEquals(2, ((List<?>) json().get("jobs")).size());
        assertTrue(ReportExport.render(run, ReportFormat.NORMAL).contains("rand: (groupid=1, jobs=2)"));
    }

    @Test
    void latencyRowsListSlatClatAndLatWithThePercentilesTheReportShows() throws Exception {
        Map<String, Object> json = json();
        List<String> kinds = tables.latencies().stream().map(r -> r.jobLabel() + " " + r.direction() + " " + r.kind()).toList();
        assertEquals(List.of("seq read slat", "seq read clat", "seq read lat", "seq write clat", "seq write lat",
                "rand (2 jobs) read clat", "rand (2 jobs) read lat"), kinds);
        int[] jobOf = {0, 0, 0, 0, 0, 1, 1};
        for (int i = 0; i < kinds.size(); i++) {
            LatencyRow row = tables.latencies().get(i);
            Map<String, Object> object = Json.at(jsonJob(json, jobOf[i]), row.direction(), row.kind() + "_ns");
            assertEquals(Json.integer(object, "min"), row.summary().minNanos(), kinds.get(i));
            assertEquals(Json.integer(object, "max"), row.summary().maxNanos());
            assertEquals(Json.number(object, "mean"), row.summary().meanNanos(), 1e-6);
            assertEquals(Json.number(object, "stddev"), row.summary().stdevNanos(), 1e-6);
            assertEquals(Json.integer(object, "N"), row.summary().count());
            @SuppressWarnings("unchecked")
            Map<String, Object> percentiles = (Map<String, Object>) object.get("percentile");
            assertEquals(percentiles != null, row.percentiles(), kinds.get(i));
            if (percentiles != null) {
                for (var p : row.summary().percentiles()) {
                    assertEquals(Json.integer(percentiles, FioFormat.six(p.percent())), row.percentileNanos(p.percent()));
                }
            }
        }
        // seq sets lat_percentiles=1, rand does not; nobody sets slat_percentiles
        assertTrue(tables.latencies().get(2).percentiles());
        assertFalse(tables.latencies().get(6).percentiles());
        assertEquals(-1, tables.latencies().get(0).percentileNanos(50));
    }

    @Test
    void theSelectedRunsDistributionsSpanItsJsonClatFromMinToMax() throws Exception {
        Map<String, Object> json = json();
        ResultsViewModel model = new ResultsViewModel();
        model.add("fixture.fio", run.result(), run.jobs());
        List<NamedDistribution> clat = model.distributions();
        assertEquals(List.of("seq read", "seq write", "rand (2 jobs) read"), clat.stream().map(NamedDistribution::name).toList());
        int[] jobOf = {0, 0, 1};
        String[] direction = {"read", "write", "read"};
        for (int i = 0; i < 3; i++) {
            Map<String, Object> summary = Json.at(jsonJob(json, jobOf[i]), direction[i], "clat_ns");
            NamedDistribution d = clat.get(i);
            assertEquals(Json.integer(summary, "N"), d.count());
            assertEquals(new Percentile(0, Json.integer(summary, "min")), d.points().get(0));
            assertEquals(new Percentile(100, Json.integer(summary, "max")), d.points().get(d.points().size() - 1));
        }
        model.distributionKindProperty().set("slat");
        assertEquals(List.of("seq read"), model.distributions().stream().map(NamedDistribution::name).toList());
        assertEquals(new Percentile(100, 700), model.distributions().get(0).points().get(model.distributions().get(0).points().size() - 1));
    }

    @Test
    void rateRowsHoldTheJsonReportsBandwidthAndIopsSummaries() throws Exception {
        Map<String, Object> json = json();
        assertEquals(3, tables.rates().size());
        int[] jobOf = {0, 0, 1};
        for (int i = 0; i < 3; i++) {
            RateRow row = tables.rates().get(i);
            Map<String, Object> dir = Json.at(jsonJob(json, jobOf[i]), row.direction());
            assertEquals(Json.integer(dir, "bw_min"), (long) row.bandwidthKiBps().min());
            assertEquals(Json.integer(dir, "bw_max"), (long) row.bandwidthKiBps().max());
            assertEquals(Json.number(dir, "bw_agg"), row.shareOfGroupPercent(), 1e-6);
            assertEquals(Json.number(dir, "bw_mean"), row.bandwidthKiBps().mean(), 1e-6);
            assertEquals(Json.number(dir, "bw_dev"), row.bandwidthKiBps().stdev(), 1e-6);
            assertEquals(Json.integer(dir, "bw_samples"), row.bandwidthKiBps().samples());
            assertEquals(Json.integer(dir, "iops_min"), (long) row.iops().min());
            assertEquals(Json.integer(dir, "iops_max"), (long) row.iops().max());
            assertEquals(Json.number(dir, "iops_mean"), row.iops().mean(), 1e-6);
            assertEquals(Json.number(dir, "iops_stddev"), row.iops().stdev(), 1e-6);
            assertEquals(Json.integer(dir, "iops_samples"), row.iops().samples());
        }
        // the group's two jobs add up their window rates as fio's group_reporting does
        assertEquals(6, tables.rates().get(2).bandwidthKiBps().samples());
    }

    @Test
    void groupRowsHoldTheRunStatusGroupLinesFigures() {
        String text = ReportExport.render(run, ReportFormat.NORMAL);
        assertEquals(3, tables.groups().size());
        for (GroupRow g : tables.groups()) {
            String label = g.direction().equals("read") ? "   READ" : "  WRITE";
            String line = label + ": bw=" + Figures.bandwidth(g.aggregateBytesPerSecond()) + " ("
                    + Figures.bandwidthDecimal(g.aggregateBytesPerSecond()) + "), "
                    + Figures.bandwidth(g.minBytesPerSecond()) + "-" + Figures.bandwidth(g.maxBytesPerSecond())
                    + " (" + Figures.bandwidthDecimal(g.minBytesPerSecond()) + "-"
                    + Figures.bandwidthDecimal(g.maxBytesPerSecond()) + "), io=" + Figures.bytes(g.ioBytes());
            int group = text.indexOf("Run status group " + g.groupId());
            assertTrue(group >= 0 && text.indexOf(line, group) > 0, line + "\n" + text);
            assertTrue(text.indexOf("run=" + g.minRuntimeMillis() + "-" + g.maxRuntimeMillis() + "msec", group) > 0);
        }
        GroupRow rand = tables.groups().get(2);
        assertEquals(1, rand.groupId());
        assertEquals(2000, rand.minRuntimeMillis()); // one reported entry: the merged group
        assertEquals(2000, rand.maxRuntimeMillis());
        assertEquals(9000L * 4096, rand.ioBytes());
        assertEquals(9000L * 4096 * 1000 / 2000, rand.aggregateBytesPerSecond());
        assertEquals(4500, rand.aggregateIops());
    }

    @Test
    void cpuRowsHoldTheJsonReportsCpuFields() throws Exception {
        Map<String, Object> json = json();
        assertEquals(2, tables.cpus().size());
        for (int i = 0; i < 2; i++) {
            Map<String, Object> job = jsonJob(json, i);
            CpuRow row = tables.cpus().get(i);
            assertEquals(Json.number(job, "usr_cpu"), row.cpu().userPercent(), 1e-6);
            assertEquals(Json.number(job, "sys_cpu"), row.cpu().systemPercent(), 1e-6);
            assertEquals(Json.integer(job, "ctx"), row.cpu().contextSwitches());
            assertEquals(Json.integer(job, "majf"), row.cpu().majorFaults());
            assertEquals(Json.integer(job, "minf"), row.cpu().minorFaults());
        }
        // the group's CPU is weighted by runtime as fio averages it: (20*2000 + 30*1000) / 3000
        assertEquals(70.0 / 3, tables.cpus().get(1).cpu().userPercent(), 1e-9);
    }

    @Test
    void diskRowsHoldTheJsonReportsDiskUtil() throws Exception {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> disks = (List<Map<String, Object>>) json().get("disk_util");
        assertEquals(disks.size(), tables.disks().size());
        for (int i = 0; i < disks.size(); i++) {
            DiskUtil d = tables.disks().get(i);
            Map<String, Object> j = disks.get(i);
            assertEquals(j.get("name"), d.name());
            assertEquals(List.of(Json.integer(j, "read_ios"), Json.integer(j, "write_ios"), Json.integer(j, "read_merges"),
                    Json.integer(j, "write_merges"), Json.integer(j, "read_ticks"), Json.integer(j, "write_ticks"),
                    Json.integer(j, "in_queue")), List.of(d.readIos(), d.writeIos(), d.readMerges(), d.writeMerges(),
                    d.readTicksMillis(), d.writeTicksMillis(), d.inQueueMillis()));
            assertEquals(Json.number(j, "util"), d.utilPercent(), 1e-6);
        }
        assertTrue(ReportExport.render(run, ReportFormat.NORMAL).contains("  nvme0n1: ios=2990/1010, merge=12/34, ticks=456/789, in_queue=1250, util="
                + Figures.twoDecimals(tables.disks().get(0).utilPercent()) + "%"));
    }
}
