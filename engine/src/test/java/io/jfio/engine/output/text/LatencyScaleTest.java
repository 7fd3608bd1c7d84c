package io.jfio.engine.output.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jfio.model.result.LatencySummary;
import io.jfio.model.result.Percentile;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The unit rules, checked on the lines fio 3.33 printed (goldens and fio's HOWTO example). */
class LatencyScaleTest {

    @Test
    void lineStaysInNanosecondsWhileItsMinimumIsSmall() {
        assertEquals(LatencyScale.NSEC, LatencyScale.forLine(1_112, 1_680_146, 62_768.49));
        assertEquals(LatencyScale.NSEC, LatencyScale.forLine(500, 145_500, 4_781.50));
    }

    @Test
    void lineStaysInNanosecondsWhileItsMaximumIsBelowOneHundredMicroseconds() {
        assertEquals(LatencyScale.NSEC, LatencyScale.forLine(4_639, 74_960, 4_336.66));
    }

    @Test
    void lineMovesToMicrosecondsAndThenMilliseconds() {
        assertEquals(LatencyScale.USEC, LatencyScale.forLine(26_449, 240_112, 26_830));
        assertEquals(LatencyScale.USEC, LatencyScale.forLine(170_000, 78_367_000, 8_293_310));
        assertEquals(LatencyScale.MSEC, LatencyScale.forLine(2_500_000, 150_000_000, 10_200_000));
    }

    @Test
    void aSteadyLatencyKeepsTheFinerUnit() {
        // stdev at most 1 us: fio keeps nanoseconds however large the values
        assertEquals(LatencyScale.NSEC, LatencyScale.forLine(500_000, 501_000, 900));
    }

    @Test
    void percentileBlockUnitDependsOnItsValuesOnly() {
        assertEquals(LatencyScale.USEC, LatencyScale.forPercentiles(69_000, 241_000));
        assertEquals(LatencyScale.NSEC, LatencyScale.forPercentiles(1_320, 1_679_360));
        assertEquals(LatencyScale.MSEC, LatencyScale.forPercentiles(2_500_000, 100_000_000));
    }

    @Test
    void millisecondLineRoundsExtremesDown() {
        LatencySummary s = new LatencySummary(10, 3_999_999, 150_999_999, 25_500_000, 10_200_000, List.of());
        assertEquals("    clat (msec): min=3, max=150, avg=25.50, stdev=10.20\n", TextReport.latencyLine("clat", s));
    }

    @Test
    void percentileValuesRoundUpAndWidenTheColumn() {
        String block = PercentileBlock.render("clat", List.of(new Percentile(50, 78_336), new Percentile(99.5, 1_269_760),
                new Percentile(99.99, 123_456_789)), 2);
        assertEquals("    clat percentiles (usec):\n     | 50.00th=[    79], 99.50th=[  1270], 99.99th=[123457]\n", block);
    }
}
