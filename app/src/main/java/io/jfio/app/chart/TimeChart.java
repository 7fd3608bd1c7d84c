package io.jfio.app.chart;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.layout.Region;

/**
 * The one factory of line charts over time (the live view, the run comparison, the log viewer): seconds on
 * the x axis, a linear y axis from 0 for rates or a logarithmic one (decades of nanoseconds, labelled
 * ns/µs/ms/s) for latencies; no animation, no symbols. What differs between the views is a {@link Layout}.
 * JavaFX thread only.
 */
public final class TimeChart {

    /**
     * How a view's time charts differ.
     *
     * @param timeFromZero    whether the time axis always shows 0 (a run growing from its start) rather than
     *                        fitting the data
     * @param minHeightPixels the least height the chart shrinks to, or {@link Region#USE_COMPUTED_SIZE}
     */
    public record Layout(boolean timeFromZero, double minHeightPixels) {
        /** The live view: time from the run's start; charts keep 120 px in a small window. */
        public static final Layout LIVE = new Layout(true, 120);
        /** Finished runs and logs: the time axis fits the data; the chart's own minimum height. */
        public static final Layout FITTED = new Layout(false, Region.USE_COMPUTED_SIZE);
    }

    private TimeChart() {
    }

    /** A chart of rates (IOPS, bandwidth): linear y axis that always includes 0. */
    public static LineChart<Number, Number> rates(String id, String title, Layout layout) {
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        return chart(id, title, y, layout);
    }

    /**
     * A chart of bandwidth in MiB/s ({@link AxisFormats#toMibps}): a rate chart whose value axis reads in MiB/s
     * from bottom to top ({@link AxisFormats#bandwidthMibpsTick}), where the hover read-out adapts its unit.
     */
    public static LineChart<Number, Number> bandwidth(String id, String title, Layout layout) {
        LineChart<Number, Number> chart = rates(id, title, layout);
        TickLabels.set((NumberAxis) chart.getYAxis(), AxisFormats::bandwidthMibpsTick);
        return chart;
    }

    /** A chart of latencies: the y axis is log10 of nanoseconds, a tick per decade (ns, µs, ms, s). */
    public static LineChart<Number, Number> latencies(String id, String title, Layout layout) {
        return chart(id, title, new DecadeAxis(AxisFormats.LOG10_LATENCY), layout);
    }

    private static LineChart<Number, Number> chart(String id, String title, ValueAxis<Number> y, Layout layout) {
        NumberAxis time = new NumberAxis();
        time.setLabel("seconds");
        time.setForceZeroInRange(layout.timeFromZero());
        LineChart<Number, Number> chart = new LineChart<>(time, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(layout.minHeightPixels());
        return chart;
    }
}
