package io.jfio.engine.output.text;

import static io.jfio.engine.output.Fixtures.bucketsOf;
import static io.jfio.engine.output.Fixtures.direction;
import static io.jfio.engine.output.Fixtures.environment;
import static io.jfio.engine.output.Fixtures.golden;
import static io.jfio.engine.output.Fixtures.job;
import static io.jfio.engine.output.Fixtures.latency;
import static io.jfio.engine.output.Fixtures.latencyIn;
import static io.jfio.engine.output.Fixtures.rate;
import static io.jfio.engine.output.Fixtures.reportPart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jfio.engine.output.JobReportOptions;
import io.jfio.model.result.Direction;
import io.jfio.model.result.DiskUtil;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.RateSummary;
import io.jfio.model.result.RunResult;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The text report of hand-made results that carry the figures of fio 3.33 runs, compared line for line with
 * what fio printed for those runs (test resources fio-3.33/*.txt).
 */
class TextReportTest {

    private static final long MIB = 1024 * 1024;

    private static RunResult run(List<JobResult> jobs, List<DiskUtil> disks) {
        return new RunResult(jobs, disks, 0, Map.of(), false);
    }

    private static final DiskUtil VDA = new DiskUtil("vda", 0, 0, 0, 0, 0, 0, 0, 0);

    @Test
    void libaioJobWithSubmissionLatencyAndDiskStatsReadsLikeFio() {
        JobResult t = job("t")
                .direction(direction(Direction.READ, 4 * MIB, 1024, 13,
                        latencyIn(1000, 1024, 26_449, 240_112, 86_530, 26_830,
                                69, 73, 74, 76, 77, 77, 77, 78, 81, 91, 112, 143, 208, 231, 241, 241, 241),
                        latency(1024, 36_321, 247_999, 95_540, 27_190),
                        latency(1024, 4_639, 74_960, 9_004.90, 4_336.66), RateSummary.EMPTY, RateSummary.EMPTY))
                .buckets(bucketsOf(1024, 45_000, 0.29, 80_000, 85.35, 200_000, 14.36))
                .cpu(58.33, 25.00, 24, 0, 18)
                .depths(1, 2, 4, 1017, 0, 0, 0)
                .submit(0, 300, 0, 0, 0, 0, 0)
                .complete(0, 1023, 1, 0, 0, 0, 0)
                .issued(1024, 0, 0, 0)
                .build();
        JobReportOptions options = new JobReportOptions(false, true, false, false, -1, "", 8, 0, 0, 100);
        String text = new TextReport(environment(17560, "2026-11-25T14:11:34"))
                .renderWith(run(List.of(t), List.of(VDA)), List.of(options));
        assertEquals(reportPart(golden("libaio-slat.txt")), text);
    }

    @Test
    void nullJobWithBandwidthInMibAndBucketsOverThreeUnitsReadsLikeFio() {
        JobResult t = job("t")
                .direction(direction(Direction.READ, 2_450_820L * 4096, 2_450_820, 1001,
                        latencyIn(1, 2_450_820, 9, 1_065_432, 43.38, 710.33,
                                20, 20, 20, 30, 40, 40, 41, 50, 50, 50, 51, 60, 71, 80, 111, 141, 322),
                        latency(2_450_820, 40, 1_065_432, 81.67, 737.19), LatencySummary.EMPTY,
                        rate(1, 11_085.24 * 1024, 11_085.24 * 1024, 11_085.24 * 1024, 0),
                        rate(1, 2_837_824, 2_837_824, 2_837_824, 0)))
                .buckets(bucketsOf(2_450_820, 9, 0.01, 19, 0.05, 45, 53.30, 90, 46.42, 200, 0.21, 400, 0.01,
                        700, 0.01, 900, 0.01, 1_500, 0.01, 3_000, 0.01, 9_000, 0.01, 15_000, 0.01, 45_000, 0.01,
                        90_000, 0.01, 200_000, 0.01, 1_500_000, 0.01))
                .cpu(99.00, 0, 18, 0, 9)
                .depths(2_450_820, 0, 0, 0, 0, 0, 0)
                .issued(2_450_820, 0, 0, 0)
                .build();
        String text = new TextReport(environment(17077, "2026-11-25T14:11:12"))
                .renderWith(run(List.of(t), List.of()), List.of(JobReportOptions.DEFAULTS));
        assertEquals(reportPart(golden("null-randread.txt")), text);
    }

    @Test
    void writeJobShowsZoneResetsAndPadsSmallAverages() {
        JobResult t = job("t")
                .direction(direction(Direction.WRITE, MIB, 256, 2,
                        latencyIn(1000, 256, 3_061, 125_400, 6_090, 9_180,
                                4, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 9, 46, 60, 126, 126, 126),
                        latency(256, 3_150, 125_500, 6_190, 9_220), LatencySummary.EMPTY,
                        RateSummary.EMPTY, RateSummary.EMPTY))
                .buckets(bucketsOf(256, 3_000, 1.95, 5_000, 94.53, 15_000, 0.78, 30_000, 1.95,
                        70_000, 0.39, 150_000, 0.39))
                .cpu(0, 100, 0, 0, 11)
                .depths(256, 0, 0, 0, 0, 0, 0)
                .submit(0, 256, 0, 0, 0, 0, 0)
                .complete(0, 256, 0, 0, 0, 0, 0)
                .issued(0, 256, 0, 0)
                .build();
        String text = new TextReport(environment(17112, "2026-11-25T14:11:15"))
                .renderWith(run(List.of(t), List.of(VDA)), List.of(JobReportOptions.DEFAULTS));
        assertEquals(reportPart(golden("psync-randwrite.txt")), text);
    }

    @Test
    void twoStonewalledGroupsGetTheirOwnRunStatusAndShareOfGroup() {
        JobResult a = job("a").group(0)
                .direction(direction(Direction.READ, 2_381_526L * 4096, 2_381_526, 1001,
                        latencyIn(1, 2_381_526, 29, 692_359, 59.42, 512.71,
                                30, 30, 40, 40, 50, 60, 60, 60, 70, 70, 71, 80, 90, 91, 131, 151, 1192),
                        latency(2_381_526, 60, 692_419, 112.92, 567.45), LatencySummary.EMPTY,
                        rate(1, 9_645.94 * 1024, 9_645.94 * 1024, 9_645.94 * 1024, 0),
                        rate(1, 2_469_363, 2_469_363, 2_469_363, 0)))
                .buckets(bucketsOf(2_381_526, 45, 25.30, 90, 74.23, 200, 0.46, 400, 0.01, 700, 0.01, 900, 0.01,
                        1_500, 0.01, 3_000, 0.01, 9_000, 0.01, 15_000, 0.01, 45_000, 0.01, 90_000, 0.01,
                        200_000, 0.01, 700_000, 0.01))
                .cpu(99.60, 0, 27, 0, 10)
                .depths(2_381_526, 0, 0, 0, 0, 0, 0)
                .issued(2_381_526, 0, 0, 0)
                .build();
        JobResult b = job("b").group(1)
                .direction(direction(Direction.WRITE, 2_751_685L * 4096, 2_751_685, 1001,
                        latencyIn(1, 2_751_685, 29, 158_247, 49.27, 225.16,
                                29, 30, 30, 40, 40, 40, 40, 50, 60, 60, 70, 71, 81, 90, 110, 131, 370),
                        latency(2_751_685, 69, 1_117_345, 107.73, 744.67), LatencySummary.EMPTY,
                        rate(1, 7_927.76 * 1024, 7_927.76 * 1024, 7_927.76 * 1024, 0),
                        rate(1, 2_029_506, 2_029_506, 2_029_506, 0)))
                .buckets(bucketsOf(2_751_685, 45, 58.28, 90, 41.44, 200, 0.27, 400, 0.01, 700, 0.01, 900, 0.01,
                        1_500, 0.01, 3_000, 0.01, 9_000, 0.01, 15_000, 0.01, 45_000, 0.01, 90_000, 0.01,
                        200_000, 0.01))
                .cpu(99.10, 0, 51, 0, 9)
                .depths(2_751_685, 0, 0, 0, 0, 0, 0)
                .issued(0, 2_751_685, 0, 0)
                .build();
        String text = new TextReport(environment(17321, "2026-11-25T14:11:26"))
                .renderWith(run(List.of(a, b), List.of()), List.of(JobReportOptions.DEFAULTS, JobReportOptions.DEFAULTS));
        // jfio's jobs are threads of one process: both show the same pid
        String expected = reportPart(golden("two-groups-stonewall.txt")).replace("pid=17341", "pid=17321");
        assertEquals(expected, text);
    }

    @Test
    void percentileListDecimalsAndLatPercentilesFollowTheOptions() {
        double[] percents = {50, 99, 99.9, 99.999};
        JobResult t = job("t")
                .direction(direction(Direction.READ, 2_213_260L * 4096, 2_213_260, 1001,
                        latency(2_213_260, 9, 96_811, 47.81, 236.44, percents, 50, 70, 101, 33_024),
                        latency(2_213_260, 40, 1_471_234, 90.69, 1036.07, percents, 90, 120, 181, 36_608),
                        LatencySummary.EMPTY,
                        rate(1, 8_651.99 * 1024, 8_651.99 * 1024, 8_651.99 * 1024, 0),
                        rate(1, 2_214_912, 2_214_912, 2_214_912, 0)))
                .buckets(bucketsOf(2_213_260, 9, 0.01, 19, 0.01, 45, 43.86, 90, 55.99, 200, 0.13, 400, 0.01,
                        700, 0.01, 900, 0.01, 1_500, 0.01, 9_000, 0.01, 15_000, 0.01, 45_000, 0.01, 90_000, 0.01))
                .cpu(99.20, 0, 52, 0, 13)
                .depths(2_213_260, 0, 0, 0, 0, 0, 0)
                .issued(2_213_260, 0, 0, 0)
                .build();
        JobReportOptions options = new JobReportOptions(false, true, true, false, 3, "", 1, 0, 0, 100);
        String text = new TextReport(environment(17496, "2026-11-25T14:11:32"))
                .renderWith(run(List.of(t), List.of()), List.of(options));
        assertEquals(reportPart(golden("percentile-list-lat.txt")), text);
    }

    @Test
    void descriptionErrorAndSyncLatencyGetTheirLines() {
        JobResult t = job("t")
                .direction(direction(Direction.WRITE, 64 * 4096, 64, 8,
                        latencyIn(1, 64, 3_616, 39_323, 6_780.34, 5_091.39, 3632, 3824, 4016, 4192, 4256, 4576,
                                4832, 5088, 5728, 10304, 10816, 12608, 39168, 39168, 39168, 39168, 39168),
                        latency(64, 3_697, 40_506, 6_968.58, 5_278.85), LatencySummary.EMPTY,
                        RateSummary.EMPTY, RateSummary.EMPTY))
                .error(5, "write /tmp/f: Input/output error")
                .sync(latencyIn(1000, 15, 343_100, 1_048_200, 448_590, 169_050,
                        343, 343, 363, 379, 392, 392, 408, 424, 429, 437, 474, 1045, 1045, 1045, 1045, 1045, 1045))
                .issued(0, 64, 0, 15)
                .build();
        JobReportOptions options = new JobReportOptions(false, true, false, false, -1, "my desc", 1, 0, 0, 100);
        String text = new TextReport(environment(22751, "2026-11-25T14:15:40"))
                .renderWith(run(List.of(t), List.of()), List.of(options));
        assertTrue(text.startsWith("\nt: (groupid=0, jobs=1): err= 5 (write /tmp/f: Input/output error): pid=22751: "
                + "Wed Nov 25 14:15:40 2026\n  Description  : [my desc]\n  write: IOPS=8000, BW=31.2MiB/s "
                + "(32.8MB/s)(256KiB/8msec); 0 zone resets\n"), text);
        assertTrue(text.contains("\n  fsync/fdatasync/sync_file_range:\n"
                + "    sync (usec): min=343, max=1048, avg=448.59, stdev=169.05\n"
                + "    sync percentiles (usec):\n"
                + "     |  1.00th=[  343],  5.00th=[  343], 10.00th=[  363], 20.00th=[  379],\n"
                + "     | 30.00th=[  392], 40.00th=[  392], 50.00th=[  408], 60.00th=[  424],\n"
                + "     | 70.00th=[  429], 80.00th=[  437], 90.00th=[  474], 95.00th=[ 1045],\n"
                + "     | 99.00th=[ 1045], 99.50th=[ 1045], 99.90th=[ 1045], 99.95th=[ 1045],\n"
                + "     | 99.99th=[ 1045]\n"
                + "  cpu          :"), text);
    }
}
