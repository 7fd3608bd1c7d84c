package io.jfio.app.chart;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * Tick labels for a number axis, made by a plain function rather than JavaFX's default converter, which builds a
 * {@code DecimalFormat} per label while the axis ranges. Labels only: never parsed. JavaFX thread only.
 */
final class TickLabels {

    private TickLabels() {
    }

    /** Labels each tick of {@code axis} with {@code label} applied to the tick's value and the axis' tick unit. */
    static void set(NumberAxis axis, TickLabel label) {
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return label.of(value.doubleValue(), axis.getTickUnit());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        });
    }

    /** The label of a tick at {@code value} on an axis whose ticks are {@code tickUnit} apart. */
    @FunctionalInterface
    interface TickLabel {
        String of(double value, double tickUnit);
    }
}
