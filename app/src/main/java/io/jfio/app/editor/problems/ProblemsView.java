package io.jfio.app.editor.problems;

import io.jfio.app.editor.JobEditorViewModel;
import io.jfio.model.job.Problem;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The problems list: every error and warning of the latest validation as {@code file:line:column:
 * message} (the command line's own one-line form), errors in the error colour; Enter or a click on an
 * entry puts the text view's caret at its place. JavaFX thread only.
 */
public final class ProblemsView extends VBox {

    private final ListView<Problem> list = new ListView<>();

    public ProblemsView(JobEditorViewModel editor) {
        getStyleClass().add("problems-view");
        Label title = new Label();
        title.getStyleClass().add("pane-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> summary(editor), editor.problems()));
        title.setId("problemsTitle");
        list.setId("problemsList");
        list.getStyleClass().add("problems-list");
        list.setItems(editor.problems());
        list.setPlaceholder(new Label("No problems: fio and jfio can run this job file."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Problem problem, boolean empty) {
                super.updateItem(problem, empty);
                getStyleClass().removeAll("error-problem", "warning-problem");
                if (empty || problem == null) {
                    setText(null);
                } else {
                    setText(problem.toString());
                    getStyleClass().add(problem.isError() ? "error-problem" : "warning-problem");
                }
            }
        });
        list.setOnMouseClicked(event -> jump(editor));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                jump(editor);
                event.consume();
            }
        });
        getChildren().addAll(title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    /** The list (for focus and tests). */
    public ListView<Problem> list() {
        return list;
    }

    private void jump(JobEditorViewModel editor) {
        Problem problem = list.getSelectionModel().getSelectedItem();
        if (problem != null) {
            editor.jumpTo(problem);
        }
    }

    private static String summary(JobEditorViewModel editor) {
        long errors = editor.problems().stream().filter(Problem::isError).count();
        long warnings = editor.problems().size() - errors;
        return "Problems: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings");
    }
}
