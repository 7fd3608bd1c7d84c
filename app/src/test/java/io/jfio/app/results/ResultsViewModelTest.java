package io.jfio.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.jfio.model.result.CpuUsage;
import io.jfio.model.result.DepthHistogram;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DirectionStats;
import io.jfio.model.result.IssuedCounts;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.JobStats;
import io.jfio.model.result.LatencyBuckets;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Percentile;
import io.jfio.model.result.RateSummary;
import io.jfio.model.result.RunResult;

import org.junit.jupiter.api.Test;

class ResultsViewModelTest {

    /** A one-job run that read 2000 I/Os of 4 KiB in 2 s and wrote nothing. */
    static RunResult oneReadJob(String name) {
        LatencySummary clat = new LatencySummary(2000, 1_000, 90_000, 5_000.5, 700.25, List.of(
                new Percentile(50, 4_992), new Percentile(90, 7_008), new Percentile(99, 20_096),
                new Percentile(99.9, 60_160)));
        DirectionStats read = new DirectionStats(Direction.READ, 2000L * 4096, 2000, 2_000_000_000L, clat, clat,
                LatencySummary.EMPTY, RateSummary.EMPTY, RateSummary.EMPTY);
        DirectionStats write = new DirectionStats(Direction.WRITE, 0, 0, 2_000_000_000L, LatencySummary.EMPTY,
                LatencySummary.EMPTY, LatencySummary.EMPTY, RateSummary.EMPTY, RateSummary.EMPTY);
        JobStats stats = new JobStats(name, 1, List.of(read, write), LatencyBuckets.empty(), 4, 0);
        JobResult job = new JobResult(stats, name, 0, 0, 0, "", 2000, 2000, CpuUsage.NONE,
                DepthHistogram.empty(DepthHistogram.IO_DEPTH_EDGES), DepthHistogram.empty(DepthHistogram.BATCH_EDGES),
                DepthHistogram.empty(DepthHistogram.BATCH_EDGES), IssuedCounts.none(), LatencySummary.EMPTY, Map.of(),
                List.of());
        return new RunResult(List.of(job), List.of(), 0, Map.of(), false);
    }

    @Test
    void aRowPerJobDirectionThatDidIoWithTheReportsFigures() {
        List<ResultRow> rows = RunTables.of(oneReadJob("seq"), List.of()).rows();
        assertEquals(1, rows.size());
        ResultRow row = rows.get(0);
        assertEquals("seq", row.jobName());
        assertEquals("read", row.direction());
        assertEquals(1000.0, row.iops(), 1e-9);
        assertEquals(4000.0, row.bandwidthKiBps(), 1e-9);
        assertEquals(4_096_000, row.bytesPerSecond());
        assertEquals(2000, row.runtimeMillis());
        assertEquals(1_000, row.clatMinNanos());
        assertEquals(5_000.5, row.clatMeanNanos(), 1e-9);
        assertEquals(90_000, row.clatMaxNanos());
        assertEquals(700.25, row.clatStdevNanos(), 1e-9);
        assertEquals(List.of(4_992L, 7_008L, 20_096L, 60_160L),
                List.of(row.p50Nanos(), row.p90Nanos(), row.p99Nanos(), row.p999Nanos()));
    }

    @Test
    void aNewRunIsAddedToTheSessionAndSelected() {
        ResultsViewModel model = new ResultsViewModel();
        model.add("a.fio", oneReadJob("first"), List.of());
        model.add("b.fio", oneReadJob("second"), List.of());
        assertEquals(2, model.runs().size());
        assertEquals(1, model.selectedProperty().get());
        assertEquals("second", model.rows().get(0).jobName());
        model.selectedProperty().set(0);
        assertEquals("first", model.rows().get(0).jobName());
        assertEquals(2, model.runs().get(1).number());
        assertEquals("first", model.selectedRun().orElseThrow().result().jobs().get(0).jobName());
    }

    @Test
    void bandwidthAndCountsUseFiosAbbreviations() {
        assertEquals("4000KiB/s", Figures.bandwidth(4_096_000));
        assertEquals("4096kB/s", Figures.bandwidthDecimal(4_096_000));
        assertEquals("1250k", Figures.count(1_250_000));
        assertEquals("7813KiB", Figures.bytes(8_000_000));
        assertEquals("99.9", Figures.percentLabel(99.9));
        assertEquals("50", Figures.percentLabel(50.0));
    }
}
