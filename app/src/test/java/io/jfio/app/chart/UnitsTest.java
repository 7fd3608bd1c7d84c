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

    @Test
    void digitsRoundsExactlyAsStringFormatDid() {
        double[] edges = {0.125, 1.005, 2.675, 0.005, 9.995, 10.05, 99.95, 999.5, 12.25, -0.001, -0.005, -12.35,
                0, -0.0, 1e-9, 123456789.5, 4.35, 0.045, 1e21};
        for (double v : edges) {
            assertEquals(formatted(v), Units.digits(v), "value " + v);
        }
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 20_000; i++) {
            double v = Math.round(random.nextDouble() * Math.pow(10, random.nextInt(7))) / Math.pow(10, random.nextInt(5))
                    * (random.nextBoolean() ? 1 : -1);
            assertEquals(formatted(v), Units.digits(v), "value " + v);
        }
    }

    @Test
    void notFiniteValuesReadAsJavaWritesThem() {
        assertEquals("NaN", Units.digits(Double.NaN));
        assertEquals("Infinity s", Units.latency(Double.POSITIVE_INFINITY));
    }

    /** The former implementation: String.format, then trailing zeros trimmed. */
    private static String formatted(double value) {
        double abs = Math.abs(value);
        String text = abs >= 100 ? String.format(java.util.Locale.ROOT, "%.0f", value)
                : abs >= 10 ? String.format(java.util.Locale.ROOT, "%.1f", value)
                : String.format(java.util.Locale.ROOT, "%.2f", value);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text.equals("-0") ? "0" : text;
    }

    @Test
    void tickLabelsCarryTheDecimalsTheirUnitNeeds() {
        assertEquals("120", Units.tick(120, 20));
        assertEquals("2.5", Units.tick(2.5, 0.5));
        assertEquals("0.075", Units.tick(0.075, 0.025));
        assertEquals("3", Units.tick(3.0000000001, 1));
        assertEquals("0.3", Units.tick(0.30000000000000004, 0.1));
        assertEquals("1000000", Units.tick(1e6, 200_000));
        assertEquals("0", Units.tick(-0.0, 5));
    }
}
