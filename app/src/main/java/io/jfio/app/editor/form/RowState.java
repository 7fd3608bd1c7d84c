package io.jfio.app.editor.form;

/** Where an option's value in the form comes from. Immutable; any thread. */
public enum RowState {
    /** The selected section writes it. */
    SET,
    /** A [global] section above writes it and the selected section does not. */
    INHERITED,
    /** Nobody writes it: fio's default applies. */
    DEFAULT
}
