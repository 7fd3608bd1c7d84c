package io.jfio.app.chart;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

/** Lays four charts out as a 2×2 grid of equal quarters that grow with the window. JavaFX thread only. */
public final class ChartGrid {

    private ChartGrid() {
    }

    /** Puts {@code cells} into {@code grid} row by row, two a row, each column and row half of the grid. */
    public static void quarters(GridPane grid, List<? extends Node> cells) {
        for (int i = 0; i < cells.size(); i++) {
            grid.add(cells.get(i), i % 2, i / 2);
        }
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
    }
}
