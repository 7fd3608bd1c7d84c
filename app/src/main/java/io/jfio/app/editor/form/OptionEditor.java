package io.jfio.app.editor.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.jfio.model.option.AllowedValue;
import io.jfio.model.option.OptionSpec;
import io.jfio.model.option.OptionType;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.controlsfx.property.editor.PropertyEditor;

/**
 * The editor of one option in the property sheet, typed by the catalog: a choice box for options with a
 * list of valid values, a check box for booleans and flags, and otherwise a text field that checks the
 * value as it is typed with the command line's parser (sizes and times accept 4k, 1m, 500ms and show what
 * they mean) and writes it on Enter or when it loses the focus. Inherited values show in the inherited
 * style with where they come from; fio's default shows as the field's prompt. A button removes the
 * option from the section. JavaFX thread only.
 */
public final class OptionEditor implements PropertyEditor<String> {

    /** The key under which the editor's node holds its {@link OptionRow} (the form finds the focused row by it). */
    public static final String ROW_KEY = "jfio.optionRow";

    private final OptionRow row;
    private final FormViewModel form;
    private final HBox box = new HBox(6);
    private final Label hint = new Label();
    private final Button remove = new Button("\u00d7");
    private Control control;
    private TextField field;
    private ComboBox<String> choice;
    private CheckBox check;
    private boolean updating;
    /** The text the field last showed from the model; only a different text is written back. */
    private String lastShown = "";

    public OptionEditor(OptionRow row, FormViewModel form) {
        this.row = row;
        this.form = form;
        box.getStyleClass().add("option-editor");
        box.setAlignment(Pos.CENTER_LEFT);
        hint.getStyleClass().add("option-hint");
        hint.setMinWidth(0);
        remove.getStyleClass().add("option-remove");
        remove.setTooltip(new Tooltip("Remove " + row.spec().name() + " from this section"));
        remove.setFocusTraversable(false);
        remove.setOnAction(event -> form.remove(row));
        OptionSpec spec = row.spec();
        if (spec.type() == OptionType.BOOL || spec.type() == OptionType.FLAG) {
            check = new CheckBox();
            check.setOnAction(event -> {
                if (!updating) {
                    form.setOn(row, check.isSelected());
                }
            });
            control = check;
        } else if (spec.type() == OptionType.ENUM && !spec.allowedValues().isEmpty()) {
            choice = new ComboBox<>();
            choice.setVisibleRowCount(14);
            choice.valueProperty().addListener((observable, old, now) -> {
                if (!updating && now != null && !now.equals(row.getValue())) {
                    form.setValue(row, now);
                }
            });
            control = choice;
        } else {
            field = new TextField();
            field.setOnAction(event -> commitField());
            field.focusedProperty().addListener((observable, was, is) -> {
                if (!is) {
                    commitField();
                }
            });
            field.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ESCAPE) {
                    showValue();
                    event.consume();
                }
            });
            field.textProperty().addListener((observable, old, now) -> checkField());
            control = field;
        }
        control.setId("option-" + spec.name());
        control.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(control, Priority.ALWAYS);
        box.getChildren().addAll(control, hint, remove);
        box.getProperties().put(ROW_KEY, row);
        ChangeListener<Object> refresh = (observable, old, now) -> showValue();
        row.valueProperty().addListener(refresh);
        row.stateProperty().addListener(refresh);
        showValue();
    }

    /** The row this editor edits. */
    public OptionRow row() {
        return row;
    }

    /** Gives the focus to the editing control. */
    public void focus() {
        control.requestFocus();
        if (field != null) {
            field.selectAll();
        }
    }

    @Override
    public Node getEditor() {
        return box;
    }

    @Override
    public String getValue() {
        return row.getValue();
    }

    @Override
    public void setValue(String value) {
        showValue();
    }

    private void showValue() {
        updating = true;
        try {
            RowState state = row.getState();
            box.getStyleClass().removeAll("inherited", "default", "set");
            box.getStyleClass().add(state.name().toLowerCase(java.util.Locale.ROOT));
            remove.setVisible(state == RowState.SET);
            remove.setManaged(state == RowState.SET);
            if (check != null) {
                check.setSelected(row.isOn());
            } else if (choice != null) {
                List<String> values = new ArrayList<>();
                for (AllowedValue allowed : row.spec().allowedValues()) {
                    values.add(allowed.value());
                }
                String shown = row.effectiveText();
                if (!shown.isEmpty() && !values.contains(shown)) {
                    values.add(0, shown);
                }
                if (!choice.getItems().equals(values)) {
                    choice.getItems().setAll(values);
                }
                choice.setValue(shown.isEmpty() ? null : shown);
            } else if (!field.isFocused() || field.getText().equals(lastShown)) {
                field.setText(row.getValue());
                field.setPromptText(row.spec().defaultValue() == null ? "" : "default " + row.spec().defaultValue());
                lastShown = row.getValue();
            }
            updateHint();
        } finally {
            updating = false;
        }
    }

    private void commitField() {
        if (updating) {
            return;
        }
        String text = field.getText().strip();
        if (text.equals(lastShown)) {
            return;
        }
        if (ValueCheck.problem(row.spec(), text, row.kbBase()).isPresent()) {
            return;
        }
        lastShown = text;
        form.setValue(row, text);
    }

    private void checkField() {
        Optional<String> problem = ValueCheck.problem(row.spec(), field.getText().strip(), row.kbBase());
        field.getStyleClass().remove("invalid");
        if (problem.isPresent() && !field.getText().isBlank()) {
            field.getStyleClass().add("invalid");
            field.setTooltip(new Tooltip(problem.get()));
        } else {
            field.setTooltip(null);
        }
        updateHint();
    }

    private void updateHint() {
        String text;
        if (row.getState() == RowState.INHERITED) {
            text = "inherited";
        } else if (field != null) {
            text = ValueCheck.meaning(row.spec(), field.getText().strip(), row.kbBase()).orElse("");
        } else {
            text = row.getState() == RowState.DEFAULT ? "default" : "";
        }
        hint.setText(text);
        hint.setVisible(!text.isEmpty());
        hint.setManaged(!text.isEmpty());
        Tooltip.install(hint, new Tooltip(row.originProperty().get()));
    }
}
