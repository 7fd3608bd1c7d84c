package io.jfio.app.results;

import java.util.HashMap;
import java.util.Map;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Keeps each column of a results table at least as wide as its widest text, header or cell, so that no figure
 * is cut short ("43.1 ..." where the report says 43.1 µs): a number that cannot be read in full is worse than a
 * table that scrolls sideways. While the columns fit, the table spreads its spare width over them (a constrained
 * resize policy); when they need more than it has, it scrolls sideways (unconstrained: JavaFX hides the
 * horizontal scroll bar of a constrained table, and the last columns could not be reached). The widths follow
 * the rows, the columns and the table's width as they change. Texts are measured in the default font (bold for
 * headers, as Modena draws them), not by laying cells out. JavaFX thread only.
 */
final class ColumnFit {

    /**
     * Room beside a text: the cell's padding (Modena: 2 px a side at the default size, in em) and its border,
     * with a few pixels to spare so that rounding never brings back the ellipsis.
     */
    private static final double SLACK_EMS = 0.34;
    private static final double SLACK_PIXELS = 6;
    /** Room kept for a vertical scroll bar when deciding whether the columns fit. */
    private static final double SCROLL_BAR_PIXELS = 16;

    private static final Object DESIGNED_WIDTH = new Object();

    private final TextWidths cellText;
    private final TextWidths headerText;
    private final double slackPixels;

    private ColumnFit(Font font) {
        cellText = new TextWidths(font);
        headerText = new TextWidths(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        slackPixels = SLACK_EMS * font.getSize() + SLACK_PIXELS;
    }

    /**
     * Fits {@code table}'s columns now and whenever its rows, its list of rows or its columns change, and chooses
     * its resize policy from then on.
     */
    static <T> void install(TableView<T> table) {
        ColumnFit fit = new ColumnFit(Font.getDefault());
        InvalidationListener refit = o -> fit.fit(table);
        table.widthProperty().addListener(o -> choosePolicy(table));
        table.getItems().addListener(refit);
        table.itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(refit);
            }
            if (now != null) {
                now.addListener(refit);
            }
            fit.fit(table);
        });
        table.getVisibleLeafColumns().addListener(refit);
        // A table out of the scene (a results tab not shown) is fitted when it is shown: a run's end then fits
        // the one table in view, not all six.
        table.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                fit.fit(table);
            }
        });
        fit.fit(table);
    }

    private <T> void fit(TableView<T> table) {
        if (table.getScene() == null) {
            return;
        }
        ObservableList<T> rows = table.getItems();
        int count = rows == null ? 0 : rows.size();
        for (TableColumn<T, ?> column : table.getVisibleLeafColumns()) {
            // Each text's width estimated from its characters' (measured once each), the widest then measured
            // whole: laying out every text took 7-18 µs each, 20-40 ms at the end of a run of 64 jobs.
            String widestCell = null;
            double widestEstimate = 0;
            for (int row = 0; row < count; row++) {
                ObservableValue<?> value = column.getCellObservableValue(row);
                Object shown = value == null ? null : value.getValue();
                if (shown != null) {
                    String text = shown.toString();
                    double estimate = cellText.estimate(text);
                    if (widestCell == null || estimate > widestEstimate) {
                        widestCell = text;
                        widestEstimate = estimate;
                    }
                }
            }
            double widest = Math.max(headerText.measure(column.getText()),
                    Math.max(widestEstimate, cellText.measure(widestCell)));
            double least = Math.ceil(widest + slackPixels);
            // The width the view chose for the column, kept so that a narrower run later narrows it again.
            double designed = (Double) column.getProperties().computeIfAbsent(DESIGNED_WIDTH, k -> column.getPrefWidth());
            column.setMinWidth(least);
            column.setPrefWidth(Math.max(designed, least));
        }
        choosePolicy(table);
    }

    private static <T> void choosePolicy(TableView<T> table) {
        double needed = 0;
        for (TableColumn<T, ?> column : table.getVisibleLeafColumns()) {
            needed += column.getMinWidth();
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR_PIXELS;
        Callback<TableView.ResizeFeatures, Boolean> policy = needed <= room
                ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN : TableView.UNCONSTRAINED_RESIZE_POLICY;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
        }
    }

    /** Widths of texts in one font: whole texts laid out, or estimated from their characters' widths. */
    private static final class TextWidths {
        private final Text text = new Text();
        private final Map<Character, Double> charWidths = new HashMap<>();

        TextWidths(Font font) {
            text.setFont(font);
        }

        double measure(String s) {
            if (s == null || s.isEmpty()) {
                return 0;
            }
            text.setText(s);
            return text.getLayoutBounds().getWidth();
        }

        double estimate(String s) {
            double width = 0;
            for (int i = 0; i < s.length(); i++) {
                width += charWidths.computeIfAbsent(s.charAt(i), c -> measure(String.valueOf(c)));
            }
            return width;
        }
    }
}
