package io.jfio.app.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;


import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The compare view's per run / per job selector redraws the graphs. */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

    private ResultsViewModel model;
    private CompareView view;

    @Start
    void start(Stage stage) {
        model = new ResultsViewModel();
        for (SessionRun run : RunComparisonTest.twoRuns()) {
            model.add("x.fio", run.result(), List.of(), run.windows());
        }
        model.compare(List.of(0, 1));
        view = new CompareView(model);
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
    }

    private static List<String> names(LineChart<Number, Number> chart) {
        return chart.getData().stream().map(XYChart.Series::getName).toList();
    }

    @Test
    void runsOfSeveralJobsStartWithALinePerRunAndDirection() {
        assertEquals(CompareGrouping.PER_RUN, view.groupingSelector().getValue());
        assertEquals(List.of("Run 1 · read", "Run 2 · read"), names(view.iopsChart()));
        assertEquals(List.of("Run 1 · read p99", "Run 2 · read p99"), names(view.latencyChart()));
        assertEquals(1500.0, view.iopsChart().getData().get(0).getData().get(0).getYValue().doubleValue(), 1e-9);
    }

    @Test
    void choosingPerJobDrawsALinePerRunJobAndDirection(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ChoiceBox<CompareGrouping> selector = robot.lookup("#compareGrouping").queryAs(ChoiceBox.class);
        robot.interact(() -> selector.setValue(CompareGrouping.PER_JOB));
        assertEquals(CompareGrouping.PER_JOB, model.compareGroupingProperty().get());
        assertEquals(List.of("Run 1 · a read", "Run 1 · b read", "Run 2 · a read", "Run 2 · b read"),
                names(view.bandwidthChart()));
    }
}
