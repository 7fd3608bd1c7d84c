package io.jfio.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NinesScaleTest {

    @Test
    void eachNineIsOneUnitApart() {
        assertEquals(0, NinesScale.toAxis(0), 1e-12);
        assertEquals(1, NinesScale.toAxis(90), 1e-12);
        assertEquals(2, NinesScale.toAxis(99), 1e-9);
        assertEquals(3, NinesScale.toAxis(99.9), 1e-9);
        assertEquals(Math.log10(2), NinesScale.toAxis(50), 1e-12);
    }

    @Test
    void hundredPercentSitsWhereOneSampleInTheCountIs() {
        assertEquals(4, NinesScale.toAxis(100, 10_000), 1e-12);
        assertEquals(NinesScale.DEFAULT_MAX_NINES, NinesScale.toAxis(100), 1e-12);
    }

    @Test
    void percentAtAxisInvertsTheScale() {
        assertEquals(99.9, NinesScale.toPercent(3), 1e-9);
        assertEquals(0, NinesScale.toPercent(0), 1e-12);
    }

    @Test
    void wholeNinesAreLabelledAsHdrHistogramPlotsDo() {
        assertEquals("0%", NinesScale.label(0));
        assertEquals("90%", NinesScale.label(1));
        assertEquals("99%", NinesScale.label(2));
        assertEquals("99.9%", NinesScale.label(3));
        assertEquals("99.999%", NinesScale.label(5));
        assertEquals("50%", NinesScale.label(Math.log10(2)));
    }
}
