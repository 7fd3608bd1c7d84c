package io.jfio.app.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

import javafx.scene.chart.ValueAxis;

/**
 * An axis for values already on a logarithmic scale (log10 of a latency, or nines): major ticks at whole
 * numbers only (decades: 1 µs, 10 µs, 100 µs; or 90%, 99%, 99.9%), minor ticks at log10(2..9) within each
 * decade, labels from a function of the axis value. Auto-ranging widens to whole decades; a range zoomed
 * inside one decade is labelled at its two ends. JavaFX thread only.
 */
public class DecadeAxis extends ValueAxis<Number> {

    private static final int MAX_MAJOR_TICKS = 40;
    private final DoubleFunction<String> label;

    /** @param label the tick label of an axis value, e.g. {@link Units#latency} of 10^value */
    public DecadeAxis(DoubleFunction<String> label) {
        this.label = label;
        setLowerBound(0);
        setUpperBound(1);
        setMinorTickVisible(true);
    }

    /** The label of an axis value, as the ticks show it. */
    public String label(double value) {
        return label.apply(value);
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        double low = Math.floor(minValue);
        double high = Math.ceil(maxValue);
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            low = 0;
            high = 1;
        }
        if (high <= low) {
            high = low + 1;
        }
        return new double[] {low, high, calculateNewScale(length, low, high)};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] r = (double[]) range;
        setLowerBound(r[0]);
        setUpperBound(r[1]);
        currentLowerBound.set(r[0]);
        setScale(r[2]);
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound(), getScale()};
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] r = (double[]) range;
        List<Number> ticks = new ArrayList<>();
        for (double v = Math.ceil(r[0] - 1e-9); v <= r[1] + 1e-9 && ticks.size() < MAX_MAJOR_TICKS; v++) {
            ticks.add(v);
        }
        if (ticks.size() < 2) {
            ticks.clear(); // a view zoomed in within one decade still gets a label at each end
            ticks.add(r[0]);
            ticks.add(r[1]);
        }
        return ticks;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        List<Number> minor = new ArrayList<>();
        double low = getLowerBound();
        double high = getUpperBound();
        if (high - low > 12) {
            return minor; // too dense to help
        }
        for (double decade = Math.floor(low); decade < high; decade++) {
            for (int k = 2; k <= 9; k++) {
                double v = decade + Math.log10(k);
                if (v > low && v < high) {
                    minor.add(v);
                }
            }
        }
        return minor;
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return label.apply(value.doubleValue());
    }
}
