package io.jfio.engine.output.text;

import static io.jfio.engine.output.Fixtures.direction;
import static io.jfio.engine.output.Fixtures.environment;
import static io.jfio.engine.output.Fixtures.golden;
import static io.jfio.engine.output.Fixtures.job;
import static io.jfio.engine.output.Fixtures.latency;
import static io.jfio.engine.output.Fixtures.rate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jfio.engine.output.JobReportOptions;
import io.jfio.engine.output.ReportUnits;
import io.jfio.model.job.CommandLineJobs;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.JobSpec;
import io.jfio.model.result.Direction;
import io.jfio.model.result.JobResult;
import io.jfio.model.result.RateSummary;
import io.jfio.model.result.RunResult;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * kb_base and unit_base in the text report: the job's BW line, its "bw (...)" line, the group line and the
 * start banner, compared with fio 3.33's for the same size-bound jobs (test resources fio-3.33/units-*.txt).
 */
class ReportUnitsTextTest {

    private static final long KIB = 1024;

    /** The report of one read job with the golden's figures, in {@code units}. */
    private static String report(long bytes, long ios, long runtimeMillis, RateSummary bwKiB, ReportUnits units) {
        JobResult t = job("t")
                .direction(direction(Direction.READ, bytes, ios, runtimeMillis, latency(ios, 60, 12_674, 723.54, 699.91),
                        latency(ios, 100, 13_305, 1262.40, 1128.68), latency(0, 0, 0, 0, 0), bwKiB, RateSummary.EMPTY))
                .issued(ios, 0, 0, 0)
                .build();
        JobReportOptions options = JobReportOptions.DEFAULTS.withUnits(units);
        return new TextReport(environment(1, "2026-11-25T16:08:18"))
                .renderWith(new RunResult(List.of(t), List.of(), 0, Map.of(), false), List.of(options));
    }

    private static String line(String text, String start) {
        return Arrays.stream(text.split("\n")).filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + start + "' in:\n" + text));
    }

    private static void assertUnitLinesMatch(String goldenName, String report) {
        String fio = golden(goldenName);
        for (String start : new String[] {"  read: ", "   bw (", "   READ: "}) {
            assertEquals(line(fio, start), line(report, start), goldenName);
        }
    }

    private static JobSpec spec(String commandLine) {
        List<String> options = Arrays.asList(commandLine.split(" "));
        return JobResolver.standard().resolve(List.of(CommandLineJobs.toJobFile(options))).jobs().get(0);
    }

    @Test
    void kbBase1000PutsDecimalPrefixesFirstAndLabelsBandwidthKbWithKibNumbers() {
        String report = report(6144 * KIB, 96, 1980, rate(3, 3072, 3200, 3114.67, 73.90), new ReportUnits(1000, false));
        assertUnitLinesMatch("units-kb1000.txt", report);
        assertEquals("  read: IOPS=48, BW=3178kB/s (3103KiB/s)(6291kB/1980msec)", line(report, "  read: "));
    }

    @Test
    void unitBase1PrintsRatesInBitsAndSizesInBytes() {
        String report = report(6144 * KIB, 1536, 1999, rate(3, 3064, 3080, 3072.00, 8.00), new ReportUnits(1024, true));
        assertUnitLinesMatch("units-bits.txt", report);
        assertEquals("   READ: bw=24.0Mibit/s (25.2Mbit/s), 24.0Mibit/s-24.0Mibit/s (25.2Mbit/s-25.2Mbit/s), "
                + "io=6144KiB (6291kB), run=1999-1999msec", line(report, "   READ: "));
    }

    @Test
    void kbBase1000WithBitsPrintsDecimalBitRatesFirst() {
        String report = report(6144 * KIB, 1536, 1999, rate(3, 2954, 3200, 3075.33, 123.03), new ReportUnits(1000, true));
        assertUnitLinesMatch("units-kb1000-bits.txt", report);
    }

    @Test
    void kbBase1000BandwidthAboveAMillionKibIsDividedByAThousandUnderMib() {
        String report = report(2863L * 1024 * KIB, 2863, 2001,
                rate(3, 1_464_400, 1_466_100, 1_465_690, 1_180), new ReportUnits(1000, false));
        assertUnitLinesMatch("units-kb1000-mega.txt", report);
        assertEquals("   bw (  MiB/s): min= 1464, max= 1466, per=100.00%, avg=1465.69, stdev= 1.18, samples=3",
                line(report, "   bw ("));
    }

    @Test
    void unitsAreReadFromKbBaseAndUnitBase() {
        assertEquals(new ReportUnits(1000, true), ReportUnits.of(spec("--name=t --kb_base=1000 --unit_base=1")));
        assertEquals(new ReportUnits(1024, false), ReportUnits.of(spec("--name=t --unit_base=8")));
        assertEquals(ReportUnits.DEFAULT, ReportUnits.of(spec("--name=t")));
        assertEquals(new ReportUnits(1000, false), ReportUnits.of(spec("--kb_base=1000 --name=t"))); // a global
    }

    @Test
    void startBannerPrintsBlockSizesWithDecimalPrefixesUnderKbBase1000() {
        assertEquals(line(golden("units-kb1000.txt"), "t: "),
                StartBanner.jobLine(spec("--name=t --kb_base=1000 --ioengine=null --rw=read --bs=64kib --size=6mib")));
        assertEquals(line(golden("units-kb1000-mega.txt"), "t: "),
                StartBanner.jobLine(spec("--name=t --kb_base=1000 --ioengine=null --rw=read --bs=1mib --size=2863mib")));
    }
}
