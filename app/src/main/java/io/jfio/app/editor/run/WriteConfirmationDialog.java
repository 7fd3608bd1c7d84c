package io.jfio.app.editor.run;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The confirmation before running a job file that writes: the list of targets (those that need an
 * explicit confirmation in the error colour) and, when needed, a check box without which Run stays
 * disabled. The result is true when the user chose Run. JavaFX thread only.
 */
public final class WriteConfirmationDialog extends Dialog<Boolean> {

    /** The button that lets the run go ahead. */
    public static final ButtonType RUN = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);

    public WriteConfirmationDialog(Window owner, RunCheckViewModel viewModel) {
        initOwner(owner);
        setTitle("Files the job will write");
        setHeaderText(viewModel.headline());
        ListView<WriteTarget> list = new ListView<>();
        list.setId("writeTargets");
        list.getStyleClass().add("write-target-list");
        list.getItems().setAll(viewModel.targets());
        list.setPrefSize(720, Math.min(300, 40 + 26 * viewModel.targets().size()));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(WriteTarget target, boolean empty) {
                super.updateItem(target, empty);
                getStyleClass().remove("needs-confirmation");
                if (empty || target == null) {
                    setText(null);
                } else {
                    setText(target.describe());
                    if (target.needsConfirmation()) {
                        getStyleClass().add("needs-confirmation");
                    }
                }
            }
        });
        VBox content = new VBox(8, list);
        if (viewModel.needsExplicitConfirmation()) {
            CheckBox confirm = new CheckBox(viewModel.confirmationText());
            confirm.setId("confirmWrites");
            confirm.selectedProperty().bindBidirectional(viewModel.confirmedProperty());
            content.getChildren().add(confirm);
        } else {
            content.getChildren().add(new Label("All of them are files in the job file's folder."));
        }
        getDialogPane().setId("writeConfirmation");
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(RUN, ButtonType.CANCEL);
        getDialogPane().lookupButton(RUN).disableProperty().bind(viewModel.canRunProperty().not());
        setResultConverter(button -> button == RUN);
    }
}
