package io.jfio.app.editor.form;

import io.jfio.model.option.OptionSpec;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Add option": a search field over the option catalog and the matching options; Enter adds the
 * highlighted one, the arrow keys move through the list without leaving the field. JavaFX thread only.
 */
public final class AddOptionDialog extends Dialog<OptionSpec> {

    /** The button that adds the selected option. */
    public static final ButtonType ADD = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);

    public AddOptionDialog(Window owner, String sectionName) {
        OptionSearchViewModel search = new OptionSearchViewModel();
        initOwner(owner);
        setTitle("Add option");
        setHeaderText("Add an option to [" + sectionName + "]");
        TextField query = new TextField();
        query.setId("optionSearchField");
        query.setPromptText("Search names and help (iodepth, latency, verify...)");
        query.textProperty().bindBidirectional(search.queryProperty());
        ListView<OptionSpec> list = new ListView<>(search.results());
        list.setId("optionSearchList");
        list.setPrefSize(640, 360);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(OptionSpec spec, boolean empty) {
                super.updateItem(spec, empty);
                setText(empty || spec == null ? null : OptionSearchViewModel.describe(spec));
            }
        });
        search.selectedProperty().addListener((observable, old, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().select(search.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now != null) {
                search.selectedProperty().set(now);
            }
        });
        query.setOnKeyPressed(event -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (event.getCode() == KeyCode.DOWN && index < list.getItems().size() - 1) {
                list.getSelectionModel().select(index + 1);
                list.scrollTo(index + 1);
                event.consume();
            } else if (event.getCode() == KeyCode.UP && index > 0) {
                list.getSelectionModel().select(index - 1);
                list.scrollTo(index - 1);
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && search.selectedProperty().get() != null) {
                setResult(search.selectedProperty().get());
                close();
            }
        });
        getDialogPane().setId("addOptionDialog");
        getDialogPane().setContent(new VBox(8, new Label("Option:"), query, list));
        getDialogPane().getButtonTypes().addAll(ADD, ButtonType.CANCEL);
        getDialogPane().lookupButton(ADD).disableProperty().bind(search.selectedProperty().isNull());
        setResultConverter(button -> button == ADD ? search.selectedProperty().get() : null);
        setOnShown(event -> Platform.runLater(query::requestFocus));
    }
}
