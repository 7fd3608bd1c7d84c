package io.jfio.app.chart;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.chart.XYChart;

/**
 * Keeps charts stacked one above the other with their plot areas in line, so that a time on one chart is straight
 * above the same time on the next: each chart's left padding makes up the difference between its value axis and
 * the widest of them ("100 ms" against "60k"). The axes keep the widths their labels need, and a chart whose axis
 * grows moves the others with it. JavaFX thread only.
 */
public final class AlignedPlotAreas {

    private final List<? extends XYChart<?, ?>> charts;
    /** The charts' padding from their style, read at the first layout (after CSS), before any is changed here. */
    private List<Insets> ownPadding;

    private AlignedPlotAreas(List<? extends XYChart<?, ?>> charts) {
        this.charts = List.copyOf(charts);
    }

    /** Aligns the plot areas of {@code charts} (laid out one above another, as wide as each other) from now on. */
    public static void align(List<? extends XYChart<?, ?>> charts) {
        AlignedPlotAreas aligned = new AlignedPlotAreas(charts);
        for (XYChart<?, ?> chart : aligned.charts) {
            chart.getYAxis().widthProperty().addListener((obs, old, now) -> aligned.realign());
        }
    }

    private void realign() {
        if (ownPadding == null) {
            ownPadding = charts.stream().map(XYChart::getPadding).toList();
        }
        double widest = 0;
        for (XYChart<?, ?> chart : charts) {
            widest = Math.max(widest, chart.getYAxis().getWidth());
        }
        for (int i = 0; i < charts.size(); i++) {
            XYChart<?, ?> chart = charts.get(i);
            Insets own = ownPadding.get(i);
            double left = own.getLeft() + Math.max(0, widest - chart.getYAxis().getWidth());
            if (chart.getPadding().getLeft() != left) { // an equal padding would lay the chart out again for nothing
                chart.setPadding(new Insets(own.getTop(), own.getRight(), own.getBottom(), left));
            }
        }
    }
}
