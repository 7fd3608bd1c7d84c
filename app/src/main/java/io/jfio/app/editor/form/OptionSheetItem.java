package io.jfio.app.editor.form;

import java.util.Optional;

import javafx.beans.value.ObservableValue;

import org.controlsfx.control.PropertySheet;

/**
 * One option row as a ControlsFX property-sheet item: the catalog row's name, category and help, the
 * row's value, and edits passed to the form's view-model. JavaFX thread only.
 */
public final class OptionSheetItem implements PropertySheet.Item {

    private final OptionRow row;
    private final FormViewModel form;

    public OptionSheetItem(OptionRow row, FormViewModel form) {
        this.row = row;
        this.form = form;
    }

    public OptionRow row() {
        return row;
    }

    public FormViewModel form() {
        return form;
    }

    @Override
    public Class<?> getType() {
        return String.class;
    }

    @Override
    public String getCategory() {
        return row.isKnown() ? row.spec().category().title() : FormViewModel.UNKNOWN_CATEGORY;
    }

    @Override
    public String getName() {
        String key = row.writtenKey();
        return key.equals(row.spec().name()) ? key : row.spec().name() + " (" + key + ")";
    }

    @Override
    public String getDescription() {
        return row.spec().help();
    }

    @Override
    public Object getValue() {
        return row.getValue();
    }

    @Override
    public void setValue(Object value) {
        form.setValue(row, value == null ? "" : value.toString());
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(row.valueProperty());
    }
}
