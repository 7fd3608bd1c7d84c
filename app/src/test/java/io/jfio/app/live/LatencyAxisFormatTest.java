package io.jfio.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatencyAxisFormatTest {

    @Test
    void unitsAdaptToTheValue() {
        assertEquals("850 ns", LatencyAxisFormat.format(850));
        assertEquals("12.5 µs", LatencyAxisFormat.format(12_500));
        assertEquals("3 ms", LatencyAxisFormat.format(3_000_000));
        assertEquals("1.2 s", LatencyAxisFormat.format(1_200_000_000));
    }

    @Test
    void axisPositionsAreDecadesOfNanoseconds() {
        assertEquals(4.0, LatencyAxisFormat.toAxis(10_000), 1e-12);
        assertEquals("100 µs", LatencyAxisFormat.label(5));
    }
}
