package io.jfio.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void latencyUnitAdaptsToTheValue() {
        assertEquals("850 ns", Units.latency(850));
        assertEquals("12.5 µs", Units.latency(12_500));
        assertEquals("3 ms", Units.latency(3_000_000));
        assertEquals("1.2 s", Units.latency(1_200_000_000));
    }

    @Test
    void countsUseThousandsAndMillions() {
        assertEquals("950", Units.count(950));
        assertEquals("131k", Units.count(131_072));
        assertEquals("1.25M", Units.count(1_250_000));
        assertEquals("0", Units.count(0));
    }

    @Test
    void bandwidthInKibpsUsesBinaryUnits() {
        assertEquals("512 KiB/s", Units.bandwidthKiBps(512));
        assertEquals("512 MiB/s", Units.bandwidthKiBps(512 * 1024));
        assertEquals("1.5 GiB/s", Units.bandwidthKiBps(1.5 * 1024 * 1024));
    }

    @Test
    void percentKeepsItsNinesAndDropsTrailingZeros() {
        assertEquals("99.99%", Units.percent(99.99));
        assertEquals("50%", Units.percent(50));
    }
}
