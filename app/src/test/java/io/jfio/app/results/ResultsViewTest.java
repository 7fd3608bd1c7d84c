package io.jfio.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import io.jfio.app.theme.ThemedStage;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The results view: priming the Jobs table at idle makes its row cells then, and the first run's results reuse
 * them; every figure and heading of its tables and list of runs is shown whole, in a window of the README's size.
 */
@ExtendWith(ApplicationExtension.class)
class ResultsViewTest {

    private ResultsViewModel model;
    private ResultsView view;

    @Start
    void start(Stage stage) {
        model = new ResultsViewModel();
        view = new ResultsView(model);
        ThemedStage.show(stage, view, 1280, 720);
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

    @Test
    void noFigureOrHeadingOfAnyResultsTableIsCutShort(FxRobot robot) {
        robot.interact(() -> model.add("fixture.fio", RunFixtures.run(), RunFixtures.jobs()));
        List<TableView<?>> tables = List.of(view.table(), view.latencyTable(), view.rateTable(), view.groupTable(),
                view.cpuTable(), view.diskTable());
        for (int i = 0; i < tables.size(); i++) {
            int tab = i;
            robot.interact(() -> view.tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> table = tables.get(i);
            assertEquals(List.of(), cutShort(table), table.getId());
        }
        assertTrue(view.table().getItems().size() >= 3, "the fixture's job rows are shown");
    }

    @Test
    void theListOfRunsShowsEachRunWholeOnTwoLines(FxRobot robot) {
        robot.interact(() -> model.add("fixture.fio", RunFixtures.run(), RunFixtures.jobs()));
        WaitForAsyncUtils.waitForFxEvents();
        Labeled cell = (Labeled) view.runList().lookupAll(".list-cell").stream()
                .filter(n -> ((Labeled) n).getText() != null).findFirst().orElseThrow();
        SessionRun run = model.runs().get(0);
        assertEquals(run.twoLineLabel(), cell.getText());
        assertTrue(cell.getText().startsWith("Run 1 · ") && cell.getText().endsWith("\nfixture.fio · 3 jobs"),
                cell.getText());
        assertEquals(run.label(), cell.getTooltip().getText());
        assertEquals(List.of(), cutShort(view.runList()));
    }

    @Test
    void figuresAreRightAlignedAndNamesLeftAligned(FxRobot robot) {
        robot.interact(() -> model.add("fixture.fio", RunFixtures.run(), RunFixtures.jobs()));
        WaitForAsyncUtils.waitForFxEvents();
        List<Labeled> cells = view.table().lookupAll(".table-cell").stream().map(n -> (Labeled) n)
                .filter(c -> c.getText() != null && !c.getText().isEmpty()).toList();
        Labeled iops = cells.stream().filter(c -> c.getText().equals("2000")).findFirst().orElseThrow();
        Labeled job = cells.stream().filter(c -> c.getText().equals("seq")).findFirst().orElseThrow();
        assertEquals(javafx.geometry.Pos.CENTER_RIGHT, iops.getAlignment());
        assertEquals(javafx.geometry.Pos.CENTER_LEFT, job.getAlignment());
    }

    @Test
    void aShortWideTextIsFittedAsWellAsALongNarrowOne(FxRobot robot) {
        double[] minAndWide = new double[2];
        robot.interact(() -> {
            TableView<String> t = new TableView<>(javafx.collections.FXCollections.observableArrayList(
                    "iiiiiiiiiiii", "WWWWWWWW", "1.5 µs"));
            t.getColumns().add(ResultsView.column("x", s -> s));
            new javafx.scene.Scene(t); // a table is fitted once in a scene
            ColumnFit.install(t);
            Text wide = new Text("WWWWWWWW");
            minAndWide[0] = t.getColumns().get(0).getMinWidth();
            minAndWide[1] = wide.getLayoutBounds().getWidth();
        });
        assertTrue(minAndWide[0] > minAndWide[1], minAndWide[0] + " px for a text of " + minAndWide[1] + " px");
    }

    @Test
    void aRunWithNarrowerFiguresNarrowsTheColumnsAgain(FxRobot robot) {
        robot.interact(() -> model.add("fixture.fio", RunFixtures.run(), RunFixtures.jobs()));
        WaitForAsyncUtils.waitForFxEvents();
        var job = view.table().getColumns().get(0);
        double withRows = job.getMinWidth();
        robot.interact(() -> view.table().getItems().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(job.getMinWidth() < withRows, job.getMinWidth() + " not below " + withRows);
        assertEquals(160, job.getPrefWidth(), 0.0); // the view's own choice comes back
    }

    @Test
    void aTableTooNarrowForItsColumnsScrollsSidewaysAndAWideOneIsFilled(FxRobot robot) {
        robot.interact(() -> model.add("fixture.fio", RunFixtures.run(), RunFixtures.jobs()));
        robot.interact(() -> view.getScene().getWindow().setWidth(700));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(horizontalScrollBarShown(view.table()), "no way to reach the last columns at 700 px");
        robot.interact(() -> {
            view.getScene().getWindow().setWidth(1280); // Monocle's headless screen is no wider
            view.setDividerPositions(0.0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(horizontalScrollBarShown(view.table()), "a scroll bar where every column fits");
        double columns = view.table().getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        double room = view.table().getWidth() - view.table().snappedLeftInset() - view.table().snappedRightInset();
        assertTrue(columns > room - 20, "columns " + columns + " px do not fill the table's " + room + " px");
        assertEquals(List.of(), cutShort(view.table()));
    }

    private static boolean horizontalScrollBarShown(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream().anyMatch(node -> node instanceof ScrollBar bar
                && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
    }

    /** Texts a cell, list cell or column header draws shorter than its own (JavaFX then ends it with "..."). */
    private static List<String> cutShort(javafx.scene.control.Control control) {
        List<String> cut = new ArrayList<>();
        List<Node> texts = new ArrayList<>(control.lookupAll(".table-cell"));
        texts.addAll(control.lookupAll(".column-header .label"));
        texts.addAll(control.lookupAll(".list-cell"));
        for (Node node : texts) {
            if (!(node instanceof Labeled labeled) || !labeled.isVisible() || labeled.getText() == null
                    || labeled.getText().isEmpty()) {
                continue;
            }
            Node drawn = labeled.lookup(".text");
            if (drawn instanceof Text text && !text.getText().equals(labeled.getText())) {
                cut.add(labeled.getText() + " drawn as " + text.getText());
            }
        }
        return cut;
    }
}
