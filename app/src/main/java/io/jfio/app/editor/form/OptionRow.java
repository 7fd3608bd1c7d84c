package io.jfio.app.editor.form;

import java.util.Locale;
import java.util.Set;

import io.jfio.model.option.OptionSpec;
import io.jfio.model.option.OptionType;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One option of the selected section as the form shows it: its catalog row, and its value with where
 * the value comes from (the section, a [global] above it, or fio's default). The form keeps one row per
 * option while the section stays selected and updates it in place, so editors keep their focus while the
 * text changes under them. JavaFX thread only.
 */
public final class OptionRow {

    private static final Set<String> TRUE_WORDS = Set.of("1", "true", "yes", "on");

    private final OptionSpec spec;
    private final boolean known;
    private final ReadOnlyObjectWrapper<RowState> state = new ReadOnlyObjectWrapper<>(this, "state", RowState.DEFAULT);
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", "");
    private final ReadOnlyBooleanWrapper bare = new ReadOnlyBooleanWrapper(this, "bare");
    private int line;
    private String writtenKey;
    private int kbBase = 1024;

    OptionRow(OptionSpec spec, boolean known) {
        this.spec = spec;
        this.known = known;
        this.writtenKey = spec.name();
    }

    /** The catalog row (for an unknown key, a plain-text stand-in named after it). */
    public OptionSpec spec() {
        return spec;
    }

    /** False for a key the catalog does not know (validation reports it). */
    public boolean isKnown() {
        return known;
    }

    /** The name the section writes it under (an alias such as blocksize, or the canonical name). */
    public String writtenKey() {
        return writtenKey;
    }

    public ReadOnlyObjectProperty<RowState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public RowState getState() {
        return state.get();
    }

    /**
     * The value the editor shows: the section's own text ("" for a bare key), else the inherited text,
     * else "" (the editor shows fio's default as a hint).
     */
    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public String getValue() {
        return value.get();
    }

    /** Where the value comes from, one short phrase ("line 12", "inherited from [global], line 3", "default 4096"). */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** True when the section writes the key without a value (time_based). */
    public ReadOnlyBooleanProperty bareProperty() {
        return bare.getReadOnlyProperty();
    }

    /** The 1-based line that sets the value (own or inherited), 0 for a default. */
    public int line() {
        return line;
    }

    /** The kb_base the section reads sizes with (1024 or 1000). */
    public int kbBase() {
        return kbBase;
    }

    /** Whether a BOOL or FLAG option is on, as fio reads the shown value (or the default). */
    public boolean isOn() {
        if (state.get() == RowState.DEFAULT) {
            return TRUE_WORDS.contains(String.valueOf(spec.defaultValue()).toLowerCase(Locale.ROOT));
        }
        if (bare.get() || (spec.type() == OptionType.FLAG && value.get().isEmpty())) {
            return true;
        }
        return TRUE_WORDS.contains(value.get().toLowerCase(Locale.ROOT));
    }

    /** The value a user sees for this option: set or inherited text, else fio's default, else "". */
    public String effectiveText() {
        if (state.get() == RowState.DEFAULT) {
            return spec.defaultValue() == null ? "" : spec.defaultValue();
        }
        return value.get();
    }

    void update(RowState newState, String newValue, boolean newBare, String newOrigin, String newWrittenKey,
                int newLine, int newKbBase) {
        writtenKey = newWrittenKey;
        line = newLine;
        kbBase = newKbBase;
        bare.set(newBare);
        value.set(newValue);
        origin.set(newOrigin);
        state.set(newState);
    }

    @Override
    public String toString() {
        return "OptionRow[" + spec.name() + "=" + value.get() + ", " + state.get() + "]";
    }
}
