package io.jfio.app.editor.template;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * "New from template": the templates, the file the job will write (editable, a temporary file by
 * default) and the resulting job file. The result is the job file text. JavaFX thread only.
 */
public final class TemplateDialog extends Dialog<String> {

    /** The button that creates the job file. */
    public static final ButtonType CREATE = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);

    public TemplateDialog(Window owner, TemplateViewModel viewModel) {
        initOwner(owner);
        setTitle("New from template");
        setHeaderText("Start a job file from a template");
        ListView<JobTemplate> list = new ListView<>();
        list.setId("templateList");
        list.getItems().setAll(viewModel.templates());
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(JobTemplate template, boolean empty) {
                super.updateItem(template, empty);
                setText(empty || template == null ? null : template.title());
            }
        });
        list.getSelectionModel().select(viewModel.templateProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now != null) {
                viewModel.templateProperty().set(now);
            }
        });
        list.setPrefSize(360, 320);
        TextField target = new TextField();
        target.setId("templateTarget");
        target.textProperty().bindBidirectional(viewModel.targetProperty());
        Label targetLabel = new Label("Writes to (file or device):");
        targetLabel.setLabelFor(target);
        TextArea preview = new TextArea();
        preview.setId("templatePreview");
        preview.getStyleClass().add("template-preview");
        preview.setEditable(false);
        preview.textProperty().bind(viewModel.textProperty());
        preview.setPrefSize(520, 320);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.add(list, 0, 0, 1, 3);
        grid.add(targetLabel, 1, 0);
        grid.add(target, 1, 1);
        grid.add(preview, 1, 2);
        GridPane.setHgrow(preview, Priority.ALWAYS);
        GridPane.setVgrow(preview, Priority.ALWAYS);
        getDialogPane().setId("templateDialog");
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(CREATE, ButtonType.CANCEL);
        getDialogPane().lookupButton(CREATE).disableProperty().bind(viewModel.textProperty().isEmpty());
        setResultConverter(button -> button == CREATE ? viewModel.textProperty().get() : null);
    }
}
