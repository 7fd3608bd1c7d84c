package io.jfio.app.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleFunction;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * Makes an {@link XYChart} with value axes explorable, as a storage engineer expects:
 * <ul>
 *   <li>hover: a crosshair on the nearest point of a visible line, with its name, x and y in adaptive units;</li>
 *   <li>zoom: drag a rectangle with the primary button (x, and y too when the rectangle is tall enough), or
 *   turn the wheel (x around the pointer; with Ctrl, y);</li>
 *   <li>pan: drag with the middle button, or with Shift or Ctrl held;</li>
 *   <li>double-click: back to auto-range (following);</li>
 *   <li>click a legend entry: hides or shows that line; the choice holds by name as points arrive and when
 *   the line is made again.</li>
 * </ul>
 * "Following" ({@link #followingProperty}, which several charts may share) means the axes auto-range, so a
 * live chart scrolls with the data; any zoom or pan pauses it for every chart that shares the property, and
 * setting it true again resumes. While lines are hidden, following fits the axes to the visible lines only
 * (the chart's own auto-range would count the hidden ones), refitted once per pulse as points arrive. The arithmetic lives in {@link RangeMath} and {@link NearestPoint}.
 * {@link #node} is the chart under a mouse-transparent overlay: put it in the layout instead of the chart.
 * JavaFX thread only.
 */
public final class ChartInteraction {

    private static final double MIN_DRAG_PIXELS = 5;
    private static final double HOVER_PIXELS = 24;
    private static final double WHEEL_ZOOM_IN = 0.8;

    private final XYChart<Number, Number> chart;
    private final ValueAxis<Number> xAxis;
    private final ValueAxis<Number> yAxis;
    private final DoubleFunction<String> xFormat;
    private final DoubleFunction<String> yFormat;
    private final BooleanProperty following;
    private double growthHeadroom;
    private final Set<String> hidden = new LinkedHashSet<>();
    private final StackPane node;
    private final Pane overlay = new Pane();
    private final Line crossX = new Line();
    private final Line crossY = new Line();
    private final Rectangle zoomBox = new Rectangle();
    private final Label readout = new Label();
    private Point2D dragStart;
    private Point2D dragLast;
    private boolean panning;
    private boolean fitPending;

    /** A chart with its own following switch. */
    public ChartInteraction(XYChart<Number, Number> chart, DoubleFunction<String> xFormat, DoubleFunction<String> yFormat) {
        this(chart, xFormat, yFormat, new SimpleBooleanProperty(true));
    }

    /**
     * @param xFormat   prints an x axis value for the hover read-out (see {@link AxisFormats})
     * @param yFormat   prints a y axis value
     * @param following shared with the other charts that follow and pause together
     */
    public ChartInteraction(XYChart<Number, Number> chart, DoubleFunction<String> xFormat, DoubleFunction<String> yFormat,
                            BooleanProperty following) {
        this.chart = chart;
        this.xAxis = (ValueAxis<Number>) chart.getXAxis();
        this.yAxis = (ValueAxis<Number>) chart.getYAxis();
        this.xFormat = xFormat;
        this.yFormat = yFormat;
        this.following = following;
        crossX.getStyleClass().add("chart-crosshair");
        crossY.getStyleClass().add("chart-crosshair");
        crossX.setStyle("-fx-stroke: rgba(80,80,80,0.6); -fx-stroke-dash-array: 4 4;");
        crossY.setStyle("-fx-stroke: rgba(80,80,80,0.6); -fx-stroke-dash-array: 4 4;");
        zoomBox.getStyleClass().add("chart-zoom-box");
        zoomBox.setStyle("-fx-fill: rgba(60,120,220,0.15); -fx-stroke: rgba(60,120,220,0.8);");
        readout.getStyleClass().add("chart-readout");
        readout.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-border-color: #888; -fx-padding: 3 6;"
                + " -fx-text-fill: black;");
        readout.setId(chart.getId() == null ? null : chart.getId() + "-readout");
        overlay.getChildren().addAll(zoomBox, crossX, crossY, readout);
        overlay.setMouseTransparent(true);
        overlay.setManaged(true);
        hideHover();
        zoomBox.setVisible(false);
        node = new StackPane(chart, overlay);
        install();
        plainTickLabels(xAxis, null);
        plainTickLabels(yAxis, yFormat);
        following.addListener((obs, was, now) -> applyFollowing(now));
        applyFollowing(following.get());
    }

    // An axis the chart did not give labels of its own (TickLabels) gets those of the read-out ({@code format}:
    // "6M", "12 ms"), or plain numbers with the decimals of its tick unit when null (time, whose axis is titled
    // "seconds").
    private static void plainTickLabels(ValueAxis<Number> axis, DoubleFunction<String> format) {
        if (axis instanceof NumberAxis number && number.getTickLabelFormatter() == null) {
            TickLabels.set(number, format != null ? (value, tickUnit) -> format.apply(value) : Units::tick);
        }
    }

    /** The chart under its overlay, for the layout. */
    public StackPane node() {
        return node;
    }

    /** The chart. */
    public XYChart<Number, Number> chart() {
        return chart;
    }

    /** True while the axes auto-range with the data; false while zoomed, panned or paused. */
    public BooleanProperty followingProperty() {
        return following;
    }

    /** The names of the lines hidden from the legend. */
    public Set<String> hiddenSeries() {
        return Collections.unmodifiableSet(hidden);
    }

    /** Shows or hides the lines named {@code name}, now and whenever such a line is added later. */
    public void setSeriesVisible(String name, boolean visible) {
        if (visible) {
            hidden.remove(name);
        } else {
            hidden.add(name);
        }
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            applyVisibility(series);
        }
        styleLegend();
        if (following.get()) {
            applyFollowing(true);
        }
    }

    /** True unless the lines named {@code name} are hidden. */
    public boolean isSeriesVisible(String name) {
        return !hidden.contains(name);
    }

    /** Shows exactly this range (pauses following); a y range of NaN keeps the current one. */
    public void zoomTo(double xLower, double xUpper, double yLower, double yUpper) {
        following.set(false);
        setRange(xAxis, xLower, xUpper);
        if (!Double.isNaN(yLower) && !Double.isNaN(yUpper)) {
            setRange(yAxis, yLower, yUpper);
        }
    }

    /** Scales the x range around {@code anchor} (below 1 zooms in); pauses following. */
    public void zoomX(double anchor, double factor) {
        following.set(false);
        double[] r = RangeMath.zoom(xAxis.getLowerBound(), xAxis.getUpperBound(), anchor, factor);
        setRange(xAxis, r[0], r[1]);
    }

    /** Moves the view by these axis units; pauses following. */
    public void pan(double dx, double dy) {
        following.set(false);
        double[] x = RangeMath.pan(xAxis.getLowerBound(), xAxis.getUpperBound(), dx);
        double[] y = RangeMath.pan(yAxis.getLowerBound(), yAxis.getUpperBound(), dy);
        setRange(xAxis, x[0], x[1]);
        setRange(yAxis, y[0], y[1]);
    }

    /** Back to auto-range: resumes following. */
    public void resetZoom() {
        following.set(true);
        applyFollowing(true); // in case it was already true but an axis was set by hand
    }

    /** The hover read-out's text ("name", x, y), empty when nothing is near the pointer. */
    public String readoutText() {
        return readout.isVisible() ? readout.getText() : "";
    }

    /**
     * Shows the read-out for the visible point nearest to the scene position, if one is within reach;
     * returns it (or null). What a mouse move does.
     */
    public NearestPoint.Hit hover(double sceneX, double sceneY) {
        if (!inPlot(sceneX, sceneY)) {
            hideHover();
            return null;
        }
        List<XYChart.Series<Number, Number>> lines = new ArrayList<>();
        List<NearestPoint.Points> points = new ArrayList<>();
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            if (isSeriesVisible(series.getName())) {
                lines.add(series);
                points.add(points(series));
            }
        }
        double x = xValue(sceneX, sceneY);
        double y = yValue(sceneX, sceneY);
        NearestPoint.Hit hit = NearestPoint.find(points, x, y, Math.abs(xAxis.getScale()), Math.abs(yAxis.getScale()),
                HOVER_PIXELS);
        if (hit == null) {
            hideHover();
            return null;
        }
        readout.setText(lines.get(hit.line()).getName() + "\n" + xFormat.apply(hit.x()) + "  ·  " + yFormat.apply(hit.y()));
        Point2D at = overlay.sceneToLocal(xAxis.localToScene(xAxis.getDisplayPosition(hit.x()), 0));
        Point2D atY = overlay.sceneToLocal(yAxis.localToScene(0, yAxis.getDisplayPosition(hit.y())));
        Bounds plot = overlay.sceneToLocal(plotBounds());
        crossX.setStartX(at.getX());
        crossX.setEndX(at.getX());
        crossX.setStartY(plot.getMinY());
        crossX.setEndY(plot.getMaxY());
        crossY.setStartX(plot.getMinX());
        crossY.setEndX(plot.getMaxX());
        crossY.setStartY(atY.getY());
        crossY.setEndY(atY.getY());
        readout.autosize();
        double left = at.getX() + 12 + readout.getWidth() > plot.getMaxX() ? at.getX() - 12 - readout.getWidth() : at.getX() + 12;
        double top = atY.getY() - 12 - readout.getHeight() < plot.getMinY() ? atY.getY() + 12 : atY.getY() - 12 - readout.getHeight();
        readout.relocate(left, top);
        crossX.setVisible(true);
        crossY.setVisible(true);
        readout.setVisible(true);
        return hit;
    }

    private void install() {
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getSceneX(), e.getSceneY()));
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideHover());
        chart.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        chart.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        chart.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        chart.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        chart.getData().forEach(this::watch);
        chart.getData().addListener((ListChangeListener<XYChart.Series<Number, Number>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
            scheduleFit(); // lines often arrive with their points already in them
            Platform.runLater(this::styleLegend); // the legend is rebuilt after this change
        });
    }

    private void watch(XYChart.Series<Number, Number> series) {
        series.nodeProperty().addListener((obs, old, now) -> applyVisibility(series));
        applyVisibility(series);
        series.getData().addListener((ListChangeListener<XYChart.Data<Number, Number>>) c -> scheduleFit());
    }

    private void pressed(MouseEvent e) {
        if (!inPlot(e.getSceneX(), e.getSceneY())) {
            dragStart = null;
            return;
        }
        boolean pan = e.getButton() == MouseButton.MIDDLE
                || (e.getButton() == MouseButton.PRIMARY && (e.isShiftDown() || e.isControlDown()));
        if (!pan && e.getButton() != MouseButton.PRIMARY) {
            dragStart = null;
            return;
        }
        panning = pan;
        dragStart = new Point2D(e.getSceneX(), e.getSceneY());
        dragLast = dragStart;
    }

    private void dragged(MouseEvent e) {
        if (dragStart == null) {
            return;
        }
        hideHover();
        if (panning) {
            double dx = xValue(dragLast.getX(), dragLast.getY()) - xValue(e.getSceneX(), e.getSceneY());
            double dy = yValue(dragLast.getX(), dragLast.getY()) - yValue(e.getSceneX(), e.getSceneY());
            pan(dx, dy);
            dragLast = new Point2D(e.getSceneX(), e.getSceneY());
            return;
        }
        Point2D a = overlay.sceneToLocal(dragStart);
        Point2D b = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
        zoomBox.setX(Math.min(a.getX(), b.getX()));
        zoomBox.setY(Math.min(a.getY(), b.getY()));
        zoomBox.setWidth(Math.abs(a.getX() - b.getX()));
        zoomBox.setHeight(Math.abs(a.getY() - b.getY()));
        zoomBox.setVisible(true);
    }

    private void released(MouseEvent e) {
        if (dragStart == null) {
            return;
        }
        zoomBox.setVisible(false);
        if (!panning) {
            zoomToDrag(dragStart, new Point2D(e.getSceneX(), e.getSceneY()));
        }
        dragStart = null;
    }

    /** Zooms to the rectangle dragged between two scene points; y only if it is tall enough. */
    private void zoomToDrag(Point2D from, Point2D to) {
        if (Math.abs(to.getX() - from.getX()) < MIN_DRAG_PIXELS) {
            return;
        }
        double[] x = RangeMath.between(xValue(from.getX(), from.getY()), xValue(to.getX(), to.getY()), 1e-9);
        if (Math.abs(to.getY() - from.getY()) >= MIN_DRAG_PIXELS) {
            double[] y = RangeMath.between(yValue(from.getX(), from.getY()), yValue(to.getX(), to.getY()), 1e-9);
            zoomTo(x[0], x[1], y[0], y[1]);
        } else {
            zoomTo(x[0], x[1], Double.NaN, Double.NaN);
        }
    }

    private void clicked(MouseEvent e) {
        String legendName = legendItemName(e.getPickResult().getIntersectedNode());
        if (legendName != null && e.getButton() == MouseButton.PRIMARY) {
            setSeriesVisible(legendName, !isSeriesVisible(legendName));
            e.consume();
            return;
        }
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && inPlot(e.getSceneX(), e.getSceneY())) {
            resetZoom();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0 || !inPlot(e.getSceneX(), e.getSceneY())) {
            return;
        }
        double factor = e.getDeltaY() > 0 ? WHEEL_ZOOM_IN : 1 / WHEEL_ZOOM_IN;
        if (e.isControlDown()) {
            following.set(false);
            double[] r = RangeMath.zoom(yAxis.getLowerBound(), yAxis.getUpperBound(), yValue(e.getSceneX(), e.getSceneY()),
                    factor);
            setRange(yAxis, r[0], r[1]);
        } else {
            zoomX(xValue(e.getSceneX(), e.getSceneY()), factor);
        }
        e.consume();
    }

    // Following fits the axes itself rather than letting them auto-range: JavaFX's auto-range formats and
    // measures every tick label of several candidate tick units at each new point, which was most of the FX
    // thread's time during a run; a fitted range changes only when the data leaves it.
    private void applyFollowing(boolean follow) {
        if (follow) {
            fitVisible(true); // resuming: from the data, not from the zoomed view
        } else {
            // freeze where the data put the axes; new points keep arriving but the view stays
            freeze(xAxis);
            freeze(yAxis);
        }
    }

    // Points arrive in batches, each a list change per line: fit once after the batch, not per line, and in
    // the same pulse (the pulse logger showed a second 15-20 ms layout pass per live window with runLater).
    private void scheduleFit() {
        if (!following.get() || fitPending) {
            return;
        }
        fitPending = true;
        javafx.scene.Scene scene = chart.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            Platform.runLater(this::fitNow); // no pulse comes to a scene off-screen (exports, warm-ups)
            return;
        }
        // Before this pulse's layout: a fit after it would lay the chart out a second time, on the next pulse.
        scene.addPreLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePreLayoutPulseListener(this);
                fitNow();
            }
        });
        Platform.requestNextPulse(); // points already trigger one; a toggled line or a cleared chart may not
    }

    private void fitNow() {
        if (!fitPending) {
            return;
        }
        fitPending = false;
        if (following.get()) {
            fitVisible();
        }
    }

    /**
     * Fits both axes to the visible lines' points on round ticks, as auto-range would (hidden lines left out);
     * an axis whose fitted range is unchanged is not touched, so its ticks are not laid out again.
     */
    void fitVisible() {
        fitVisible(false);
    }

    private void fitVisible(boolean fresh) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            if (!isSeriesVisible(series.getName())) {
                continue;
            }
            for (XYChart.Data<Number, Number> d : series.getData()) {
                double x = d.getXValue().doubleValue();
                double y = d.getYValue().doubleValue();
                xMin = Math.min(xMin, x);
                xMax = Math.max(xMax, x);
                yMin = Math.min(yMin, y);
                yMax = Math.max(yMax, y);
            }
        }
        if (xMin > xMax) {
            // nothing visible: keep the view, but never auto-range (its label measuring is what following avoids)
            freeze(xAxis);
            freeze(yAxis);
            return;
        }
        fit(xAxis, xMin, xMax, growthHeadroom, fresh);
        fit(yAxis, yMin, yMax, growthHeadroom, fresh);
    }

    /**
     * For charts whose data grows as it arrives (the live view): while following, an axis keeps its range as
     * long as the data stays inside it and fills a fair part of it, and when the data outgrows it the new
     * range leaves {@code fraction} of the data's extent as room to grow. Each change of range lays out the
     * axis' ticks again (new labels, styled and measured), so a live chart whose time axis moved at every window
     * spent most of a window's FX-thread time there. 0 (the default) fits tightly, as for finished runs.
     */
    public void setGrowthHeadroom(double fraction) {
        if (!(fraction >= 0)) {
            throw new IllegalArgumentException("headroom " + fraction);
        }
        this.growthHeadroom = fraction;
        if (following.get()) {
            fitVisible();
        }
    }

    private static void fit(ValueAxis<Number> axis, double min, double max, double headroom, boolean fresh) {
        if (headroom > 0 && axis instanceof NumberAxis number) {
            boolean forceZero = number.isForceZeroInRange();
            double[] tight = RangeMath.niceRange(min, max, forceZero, 8);
            double lower = axis.getLowerBound();
            double upper = axis.getUpperBound();
            boolean holdsData = !fresh && !axis.isAutoRanging() && lower <= (forceZero ? Math.min(0, min) : min)
                    && upper >= (forceZero ? Math.max(0, max) : max);
            if (holdsData && upper - lower <= (1 + 2 * headroom) * (tight[1] - tight[0])) {
                return; // still a good view: leave the ticks alone
            }
            double base = forceZero ? Math.min(0, min) : min;
            fit(axis, min, max + headroom * (max - base), 0, true);
            return;
        }
        axis.setAutoRanging(false);
        if (axis instanceof DecadeAxis) {
            axis.setLowerBound(Math.floor(min));
            axis.setUpperBound(Math.max(Math.floor(min) + 1, Math.ceil(max)));
            return;
        }
        boolean forceZero = axis instanceof NumberAxis number && number.isForceZeroInRange();
        double[] r = RangeMath.niceRange(min, max, forceZero, 8);
        axis.setLowerBound(r[0]); // setting an equal value changes nothing and lays nothing out
        axis.setUpperBound(r[1]);
        if (axis instanceof NumberAxis number) {
            number.setTickUnit(r[2]);
        }
    }

    private static void freeze(ValueAxis<Number> axis) {
        double lower = axis.getLowerBound();
        double upper = axis.getUpperBound();
        axis.setAutoRanging(false);
        axis.setLowerBound(lower);
        axis.setUpperBound(upper);
    }

    private static void setRange(ValueAxis<Number> axis, double lower, double upper) {
        axis.setAutoRanging(false);
        axis.setLowerBound(lower);
        axis.setUpperBound(upper);
        if (axis instanceof NumberAxis number) {
            number.setTickUnit(RangeMath.niceTickUnit(upper - lower, 8));
        }
    }

    private void applyVisibility(XYChart.Series<Number, Number> series) {
        Node line = series.getNode();
        if (line != null) {
            line.setVisible(isSeriesVisible(series.getName()));
        }
    }

    // Legend entries are labels with the style class chart-legend-item whose text is the series name.
    private void styleLegend() {
        for (Node item : chart.lookupAll(".chart-legend-item")) {
            if (item instanceof Label label) {
                label.setOpacity(isSeriesVisible(label.getText()) ? 1.0 : 0.35);
            }
        }
    }

    private static String legendItemName(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("chart-legend-item") && n instanceof Label label) {
                return label.getText();
            }
        }
        return null;
    }

    private void hideHover() {
        crossX.setVisible(false);
        crossY.setVisible(false);
        readout.setVisible(false);
    }

    private Bounds plotBounds() {
        Node plot = chart.lookup(".chart-plot-background");
        return plot.localToScene(plot.getBoundsInLocal());
    }

    private boolean inPlot(double sceneX, double sceneY) {
        Node plot = chart.lookup(".chart-plot-background");
        return plot != null && plotBounds().contains(sceneX, sceneY);
    }

    private double xValue(double sceneX, double sceneY) {
        return xAxis.getValueForDisplay(xAxis.sceneToLocal(sceneX, sceneY).getX()).doubleValue();
    }

    private double yValue(double sceneX, double sceneY) {
        return yAxis.getValueForDisplay(yAxis.sceneToLocal(sceneX, sceneY).getY()).doubleValue();
    }

    private static NearestPoint.Points points(XYChart.Series<Number, Number> series) {
        List<XYChart.Data<Number, Number>> data = series.getData();
        return new NearestPoint.Points() {
            @Override
            public int size() {
                return data.size();
            }

            @Override
            public double x(int index) {
                return data.get(index).getXValue().doubleValue();
            }

            @Override
            public double y(int index) {
                return data.get(index).getYValue().doubleValue();
            }
        };
    }
}
