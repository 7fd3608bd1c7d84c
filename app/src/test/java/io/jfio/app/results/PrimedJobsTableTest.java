package io.jfio.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import io.jfio.app.theme.Theme;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Priming the Jobs table at idle makes its row cells then; the first run's results reuse them. */
@ExtendWith(ApplicationExtension.class)
class PrimedJobsTableTest {

    private ResultsViewModel model;
    private ResultsView view;

    @Start
    void start(Stage stage) {
        model = new ResultsViewModel();
        view = new ResultsView(model);
        Scene scene = new Scene(view, 1280, 720);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void primingMakesTheRowCellsAndGivesTheTableItsOwnRowsBack(FxRobot robot) {
        var own = view.table().getItems();
        robot.interact(() -> view.primeJobsTable(ResultsWarmUp.madeUpRows()));
        assertSame(own, view.table().getItems());
        assertTrue(own.isEmpty());
        assertFalse(rowCells().isEmpty(), "no row cells made");
    }

    @Test
    void theFirstRunsRowsAreDrawnInThePrimedCells(FxRobot robot) {
        robot.interact(() -> view.primeJobsTable(ResultsWarmUp.madeUpRows()));
        Set<Node> primed = Collections.newSetFromMap(new IdentityHashMap<>());
        primed.addAll(rowCells());
        robot.interact(() -> model.add("real.fio", ResultsWarmUp.run(), ResultsWarmUp.jobs()));
        WaitForAsyncUtils.waitForFxEvents();
        var filled = rowCells().stream().filter(row -> ((TableRow<?>) row).getItem() != null).toList();
        assertEquals(2, filled.size()); // the run's read and write rows
        assertTrue(filled.stream().allMatch(primed::contains), "a filled row was made anew");
    }

    @Test
    void aTableWithRowsOfItsOwnIsLeftAlone(FxRobot robot) {
        robot.interact(() -> model.add("real.fio", ResultsWarmUp.run(), ResultsWarmUp.jobs()));
        var rows = java.util.List.copyOf(view.table().getItems());
        robot.interact(() -> view.primeJobsTable(java.util.List.of()));
        assertEquals(rows, view.table().getItems());
    }

    private java.util.List<Node> rowCells() {
        return java.util.List.copyOf(view.table().lookupAll(".table-row-cell"));
    }
}
