package io.jfio.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class NearestPointTest {

    private record Line(double[] xs, double[] ys) implements NearestPoint.Points {
        @Override
        public int size() {
            return xs.length;
        }

        @Override
        public double x(int index) {
            return xs[index];
        }

        @Override
        public double y(int index) {
            return ys[index];
        }
    }

    private static final Line LOW = new Line(new double[] {0, 1, 2, 3}, new double[] {10, 10, 10, 10});
    private static final Line HIGH = new Line(new double[] {0, 1, 2, 3}, new double[] {50, 60, 70, 80});

    @Test
    void picksTheLineNearestOnScreen() {
        // 100 px per second, 1 px per unit of y: at (2.1, 66) HIGH's (2, 70) is 10.8 px away, LOW's 56 px
        NearestPoint.Hit hit = NearestPoint.find(List.of(LOW, HIGH), 2.1, 66, 100, 1, 24);
        assertEquals(1, hit.line());
        assertEquals(2, hit.index());
        assertEquals(70, hit.y());
    }

    @Test
    void pixelScaleDecidesBetweenNeighbours() {
        // x near 1.4: point 1 is 40 px away at 100 px/s; at 1 px/s both are close and y decides
        assertEquals(1, NearestPoint.find(List.of(LOW), 1.4, 10, 100, 1, 100).index());
        assertEquals(2, NearestPoint.find(List.of(LOW), 1.6, 10, 100, 1, 100).index());
    }

    @Test
    void nothingBeyondReach() {
        assertNull(NearestPoint.find(List.of(LOW), 1, 40, 100, 1, 24));
        assertNull(NearestPoint.find(List.of(), 1, 10, 100, 1, 24));
    }
}
