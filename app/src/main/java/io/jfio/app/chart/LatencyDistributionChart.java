package io.jfio.app.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.jfio.model.result.Percentile;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;

/**
 * The cumulative latency distribution as HdrHistogram's percentile plots show it: x is the percentile on the
 * "nines" scale ({@link NinesScale}: 0%, 90%, 99%, 99.9%, ...), y the latency on a log axis whose labels
 * adapt their unit (ns, µs, ms, s). Plots log10(nanoseconds) as y and nines as x, so an
 * {@link XYChart.Data} reads back through {@link #percentAt} and {@link #nanosAt}.
 * <p>
 * {@link #setDistributions} replaces the lines but keeps each named line's series (and so its colour, its
 * visibility and its legend entry) when the name comes again: a live view can refresh it a few times a
 * second. JavaFX thread only.
 */
public class LatencyDistributionChart extends LineChart<Number, Number> {

    private final Map<String, XYChart.Series<Number, Number>> seriesByName = new LinkedHashMap<>();

    public LatencyDistributionChart() {
        super(new DecadeAxis(NinesScale::label), new DecadeAxis(v -> Units.latency(Math.pow(10, v))));
        getXAxis().setLabel("percentile");
        getYAxis().setLabel("latency");
        setTitle("Latency distribution");
        setAnimated(false);
        setCreateSymbols(false);
        getStyleClass().add("latency-distribution-chart");
    }

    /** The x axis value of {@code percent}, for a distribution of {@code count} samples (0 if unknown). */
    public static double xOf(double percent, long count) {
        return count > 0 ? NinesScale.toAxis(percent, count) : NinesScale.toAxis(percent);
    }

    /** The y axis value of a latency. */
    public static double yOf(double nanos) {
        return Math.log10(Math.max(1, nanos));
    }

    /** The percentile an x axis value stands for. */
    public static double percentAt(double x) {
        return NinesScale.toPercent(x);
    }

    /** The latency a y axis value stands for. */
    public static double nanosAt(double y) {
        return Math.pow(10, y);
    }

    /**
     * Shows these distributions, one line each, in order; lines whose name is gone are removed, empty
     * distributions are left out.
     */
    public void setDistributions(List<NamedDistribution> distributions) {
        Set<String> present = new HashSet<>();
        for (NamedDistribution d : distributions) {
            if (!d.isEmpty()) {
                present.add(d.name());
            }
        }
        // Gone lines first: a chart gives a new line the first colour no line holds, so "all jobs read" drawn
        // after three jobs' lines is the first colour, as on the other charts, not the fourth.
        seriesByName.entrySet().removeIf(entry -> {
            if (!present.contains(entry.getKey())) {
                getData().remove(entry.getValue());
                return true;
            }
            return false;
        });
        Set<String> drawn = new HashSet<>();
        for (NamedDistribution d : distributions) {
            if (d.isEmpty() || !drawn.add(d.name())) {
                continue;
            }
            List<XYChart.Data<Number, Number>> data = new ArrayList<>(d.points().size());
            for (Percentile p : d.points()) {
                data.add(new XYChart.Data<>(xOf(p.percent(), d.count()), yOf(p.valueNanos())));
            }
            XYChart.Series<Number, Number> series = seriesByName.get(d.name());
            if (series == null) {
                series = new XYChart.Series<>();
                series.setName(d.name());
                series.getData().setAll(data);
                seriesByName.put(d.name(), series);
                getData().add(series);
            } else if (series.getData().size() == data.size()) {
                // Moved in place: the live chart redraws a few times a second, and replacing the points
                // makes the chart drop and re-add each one.
                for (int i = 0; i < data.size(); i++) {
                    XYChart.Data<Number, Number> shown = series.getData().get(i);
                    shown.setXValue(data.get(i).getXValue());
                    shown.setYValue(data.get(i).getYValue());
                }
            } else {
                series.getData().setAll(data);
            }
        }
    }

    /** The line named {@code name}, or null. */
    public XYChart.Series<Number, Number> series(String name) {
        return seriesByName.get(name);
    }
}
