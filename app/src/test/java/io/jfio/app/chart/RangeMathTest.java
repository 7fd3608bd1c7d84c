package io.jfio.app.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RangeMathTest {

    @Test
    void zoomKeepsTheAnchorWhereItWas() {
        assertArrayEquals(new double[] {20, 70}, RangeMath.zoom(0, 100, 40, 0.5), 1e-12);
        assertArrayEquals(new double[] {-40, 160}, RangeMath.zoom(0, 100, 40, 2), 1e-12);
    }

    @Test
    void panShiftsBothEnds() {
        assertArrayEquals(new double[] {15, 25}, RangeMath.pan(10, 20, 5), 1e-12);
    }

    @Test
    void betweenOrdersTheEndsAndKeepsAMinimumSpan() {
        assertArrayEquals(new double[] {3, 9}, RangeMath.between(9, 3, 1), 1e-12);
        assertArrayEquals(new double[] {4.5, 5.5}, RangeMath.between(5, 5, 1), 1e-12);
    }

    @Test
    void tickUnitsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(10, RangeMath.niceTickUnit(73, 8), 1e-12);
        assertEquals(0.2, RangeMath.niceTickUnit(1.3, 8), 1e-12);
        assertEquals(500, RangeMath.niceTickUnit(3600, 8), 1e-12);
    }
}
