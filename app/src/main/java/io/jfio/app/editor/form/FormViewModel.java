package io.jfio.app.editor.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.jfio.app.dialog.DialogService;
import io.jfio.app.editor.JobEditorViewModel;
import io.jfio.app.editor.SectionItem;
import io.jfio.model.job.JobFile;
import io.jfio.model.job.JobLine;
import io.jfio.model.job.OptionLine;
import io.jfio.model.job.SectionLine;
import io.jfio.model.option.CmdHelp;
import io.jfio.model.option.OptionCategory;
import io.jfio.model.option.OptionSpec;
import io.jfio.model.option.OptionStatus;
import io.jfio.model.option.OptionType;
import io.jfio.model.option.OptionUnit;
import io.jfio.model.option.Options;
import io.jfio.model.option.JfioEngines;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form view of a job file: the selected section and its options as rows built from the option
 * catalog, each with its value and where the value comes from (own, inherited from a [global] section
 * above, or fio's default). Every change goes through {@link JobEditorViewModel#edit}, so the text view
 * changes at once, on the one line concerned, and undo covers it. Section operations (add, remove,
 * duplicate, rename) live here too. JavaFX thread only.
 */
public final class FormViewModel {

    /** The category title of keys the catalog does not know. */
    public static final String UNKNOWN_CATEGORY = "Unknown options";

    private final JobEditorViewModel editor;
    private final DialogService dialogs;
    private final IntegerProperty selectedSection = new SimpleIntegerProperty(this, "selectedSection", -1);
    private final BooleanProperty showAllOptions = new SimpleBooleanProperty(this, "showAllOptions");
    private final ObjectProperty<OptionRow> focusedRow = new SimpleObjectProperty<>(this, "focusedRow");
    private final ReadOnlyObjectWrapper<OptionRow> focusRequest = new ReadOnlyObjectWrapper<>(this, "focusRequest");
    private final ObservableList<OptionRow> rows = FXCollections.observableArrayList();
    private final Map<String, OptionRow> rowsByName = new HashMap<>();
    private final Map<String, Integer> catalogOrder = new HashMap<>();

    public FormViewModel(JobEditorViewModel editor, DialogService dialogs) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        List<OptionSpec> all = Options.catalog().all();
        for (int i = 0; i < all.size(); i++) {
            catalogOrder.put(all.get(i).name(), i);
        }
        editor.revisionProperty().addListener((observable, old, now) -> refresh());
        editor.addDocumentReplacedListener(() -> selectedSection.set(editor.sections().isEmpty() ? -1 : 0));
        selectedSection.addListener((observable, old, now) -> {
            rowsByName.clear();
            refresh();
        });
        showAllOptions.addListener((observable, old, now) -> refresh());
        selectedSection.set(editor.sections().isEmpty() ? -1 : 0);
        refresh();
    }

    /** The index of the selected section among the file's sections, -1 for none. */
    public IntegerProperty selectedSectionProperty() {
        return selectedSection;
    }

    /** The selected section, if any. */
    public Optional<SectionItem> selectedSection() {
        int index = selectedSection.get();
        List<SectionItem> sections = editor.sections();
        return index >= 0 && index < sections.size() ? Optional.of(sections.get(index)) : Optional.empty();
    }

    /** When true the rows are every option the section may set, not only those set or inherited. */
    public BooleanProperty showAllOptionsProperty() {
        return showAllOptions;
    }

    /** The row whose help the help pane shows (the editor with the focus). */
    public ObjectProperty<OptionRow> focusedRowProperty() {
        return focusedRow;
    }

    /** The form view gives the focus to each new value (an option just added). */
    public ReadOnlyObjectProperty<OptionRow> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    /** The selected section's rows, in catalog order (read it, do not change it). */
    public ObservableList<OptionRow> rows() {
        return rows;
    }

    /** The row of the option called {@code name} (canonical) in the selected section, if shown. */
    public Optional<OptionRow> row(String name) {
        return rows.stream().filter(row -> row.spec().name().equals(name)).findFirst();
    }

    /** The editor this form edits. */
    public JobEditorViewModel editor() {
        return editor;
    }

    // ---- option edits ----

    /** Sets the option of {@code row} to {@code text} in the selected section; only its line changes. */
    public boolean setValue(OptionRow row, String text) {
        String value = text.strip();
        if (row.getState() == RowState.SET && value.equals(row.getValue()) && !row.bareProperty().get()) {
            return true;
        }
        return editSelected((file, index) -> file.setOption(index, row.writtenKey(), value));
    }

    /** Turns a BOOL or FLAG option on or off in the selected section (1 or 0; a bare key stays bare when on). */
    public boolean setOn(OptionRow row, boolean on) {
        if (row.getState() == RowState.SET && row.isOn() == on) {
            return true;
        }
        return editSelected((file, index) -> file.setOption(index, row.writtenKey(), on ? "1" : "0"));
    }

    /** Removes every line of the selected section that sets the option of {@code row}. */
    public boolean remove(OptionRow row) {
        if (row.getState() != RowState.SET) {
            return false;
        }
        return editSelected((file, index) -> file.removeOption(index, row.writtenKey()));
    }

    /**
     * Adds {@code spec} to the selected section with fio's default (a bare key for a flag, the first valid
     * value for a choice without default), or focuses it when the section already sets it.
     */
    public boolean addOption(OptionSpec spec) {
        Optional<OptionRow> existing = row(spec.name()).filter(row -> row.getState() == RowState.SET);
        if (existing.isEmpty()) {
            String value = initialValue(spec);
            if (!editSelected((file, index) -> file.setOption(index, spec.name(), value))) {
                return false;
            }
        }
        row(spec.name()).ifPresent(focusRequest::set);
        return true;
    }

    /** The text the help pane shows for {@code row}: fio's --cmdhelp block and where the value comes from. */
    public static String help(OptionRow row) {
        String block = row.isKnown() ? CmdHelp.option(row.spec().name())
                : "'" + row.spec().name() + "' is not an option fio 3.33 knows.\n";
        return row.originProperty().get() + "\n\n" + block;
    }

    // ---- sections ----

    /** Asks for a name and appends a section; "global" goes first in the file, where it applies to every job. */
    public void addSection() {
        boolean hasGlobal = editor.sections().stream().anyMatch(SectionItem::global);
        dialogs.askText("Add section", "Name of the new section (a job, or global):", hasGlobal ? "job" : "global")
                .ifPresent(this::addSection);
    }

    /** Adds the section {@code name}: a global section before the first section, any other at the end. */
    public boolean addSection(String name) {
        List<SectionItem> sections = editor.sections();
        if (SectionLine.isGlobalName(name) && !sections.isEmpty() && !sections.get(0).global()) {
            int line = sections.get(0).line();
            String text = editor.getText();
            int offset = offsetOfLine(text, line);
            editor.replaceAll(text.substring(0, offset) + "[" + name + "]\n\n" + text.substring(offset));
            selectedSection.set(0);
            return true;
        }
        int[] added = new int[1];
        if (!editor.edit(file -> added[0] = file.addSection(name))) {
            return false;
        }
        selectedSection.set(added[0]);
        return true;
    }

    /** Removes the selected section (all its lines). */
    public boolean removeSelectedSection() {
        int index = selectedSection.get();
        if (selectedSection().isEmpty()) {
            return false;
        }
        if (!editor.edit(file -> file.removeSection(index))) {
            return false;
        }
        selectedSection.set(Math.min(index, editor.sections().size() - 1));
        return true;
    }

    /** Asks for a name and copies the selected section right after it. */
    public void duplicateSelectedSection() {
        selectedSection().ifPresent(section -> dialogs.askText("Duplicate section",
                "Name of the copy of [" + section.name() + "]:", section.name() + "-copy")
                .ifPresent(this::duplicateSelectedSection));
    }

    /** Copies the selected section right after it as {@code newName} and selects the copy. */
    public boolean duplicateSelectedSection(String newName) {
        int index = selectedSection.get();
        if (selectedSection().isEmpty()) {
            return false;
        }
        int[] copy = new int[1];
        if (!editor.edit(file -> copy[0] = file.duplicateSection(index, newName))) {
            return false;
        }
        selectedSection.set(copy[0]);
        return true;
    }

    /** Asks for a name and renames the selected section. */
    public void renameSelectedSection() {
        selectedSection().ifPresent(section -> dialogs.askText("Rename section",
                "New name of [" + section.name() + "]:", section.name()).ifPresent(this::renameSelectedSection));
    }

    /** Renames the selected section; only its header line changes. */
    public boolean renameSelectedSection(String newName) {
        int index = selectedSection.get();
        if (selectedSection().isEmpty()) {
            return false;
        }
        return editor.edit(file -> file.renameSection(index, newName));
    }

    // ---- rows ----

    private interface SectionEdit {
        void apply(JobFile file, int sectionIndex);
    }

    private boolean editSelected(SectionEdit edit) {
        int index = selectedSection.get();
        if (selectedSection().isEmpty()) {
            editor.statusProperty().set("Select a section first");
            return false;
        }
        return editor.edit(file -> edit.apply(file, index));
    }

    private void refresh() {
        List<SectionItem> sections = editor.sections();
        if (selectedSection.get() >= sections.size()) {
            selectedSection.set(sections.size() - 1);
            return;
        }
        if (selectedSection.get() < 0 && !sections.isEmpty()) {
            selectedSection.set(0);
            return;
        }
        if (selectedSection.get() < 0) {
            rowsByName.clear();
            rows.clear();
            return;
        }
        JobFile file = editor.jobFile();
        int index = selectedSection.get();
        Map<String, Written> inherited = globalsBefore(file, index);
        Map<String, Written> own = written(file, index);
        int kbBase = kbBase(own, inherited);
        List<String> names = new ArrayList<>(own.keySet());
        for (String name : inherited.keySet()) {
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (showAllOptions.get()) {
            String engine = engine(own, inherited);
            for (OptionSpec spec : Options.catalog().all()) {
                if (spec.appliesTo(engine) && spec.type() != OptionType.DEPRECATED && !names.contains(spec.name())) {
                    names.add(spec.name());
                }
            }
        }
        names.sort((a, b) -> Integer.compare(catalogOrder.getOrDefault(a, Integer.MAX_VALUE),
                catalogOrder.getOrDefault(b, Integer.MAX_VALUE)));
        List<OptionRow> updated = new ArrayList<>();
        for (String name : names) {
            Written mine = own.get(name);
            Written parent = inherited.get(name);
            Written source = mine != null ? mine : parent;
            OptionRow row = rowsByName.computeIfAbsent(name, key -> new OptionRow(
                    source != null ? source.spec() : Options.catalog().lookup(key).orElseThrow(),
                    source == null || source.known()));
            if (mine != null) {
                row.update(RowState.SET, mine.text(), mine.bare(), "Set on line " + mine.line()
                        + (parent != null ? " (overrides [" + parent.section() + "]'s " + parent.display() + ")" : ""),
                        mine.key(), mine.line(), kbBase);
            } else if (parent != null) {
                row.update(RowState.INHERITED, parent.text(), parent.bare(), "Inherited from [" + parent.section()
                        + "], line " + parent.line(), parent.key(), parent.line(), kbBase);
            } else {
                String fallback = row.spec().defaultValue();
                row.update(RowState.DEFAULT, "", false, fallback == null ? "Not set; fio has no default"
                        : "Not set; fio's default is " + fallback, row.spec().name(), 0, kbBase);
            }
            updated.add(row);
        }
        rowsByName.keySet().retainAll(names);
        if (!updated.equals(rows)) {
            rows.setAll(updated);
        }
    }

    /** An option line as the form reads it. */
    private record Written(OptionSpec spec, boolean known, String key, String text, boolean bare, int line,
                           String section) {
        String display() {
            return bare ? key : key + "=" + text;
        }
    }

    /** The options the section at {@code index} writes, the last line winning, by canonical name. */
    private static Map<String, Written> written(JobFile file, int index) {
        Map<String, Written> options = new LinkedHashMap<>();
        var section = file.sections().get(index);
        for (int line = section.headerLine() + 1; line <= section.lastLine(); line++) {
            JobLine jobLine = file.line(line);
            if (jobLine instanceof OptionLine option) {
                Optional<OptionSpec> spec = Options.catalog().lookup(option.key())
                        .filter(found -> found.answersTo(option.key()));
                OptionSpec rowSpec = spec.orElseGet(() -> unknown(option.key()));
                options.remove(rowSpec.name());
                options.put(rowSpec.name(), new Written(rowSpec, spec.isPresent(), option.key(),
                        option.isBare() ? "" : option.value(), option.isBare(), line, section.name()));
            }
        }
        return options;
    }

    /** What the [global] sections before {@code index} set, later ones overriding earlier ones (fio's rule). */
    private static Map<String, Written> globalsBefore(JobFile file, int index) {
        Map<String, Written> globals = new LinkedHashMap<>();
        var sections = file.sections();
        for (int i = 0; i < index; i++) {
            if (SectionLine.isGlobalName(sections.get(i).name())) {
                for (Map.Entry<String, Written> entry : written(file, i).entrySet()) {
                    if (entry.getValue().known()) {
                        globals.remove(entry.getKey());
                        globals.put(entry.getKey(), entry.getValue());
                    }
                }
            }
        }
        return globals;
    }

    private static int kbBase(Map<String, Written> own, Map<String, Written> inherited) {
        Written written = own.containsKey("kb_base") ? own.get("kb_base") : inherited.get("kb_base");
        return written != null && written.text().equals("1000") ? 1000 : 1024;
    }

    private static String engine(Map<String, Written> own, Map<String, Written> inherited) {
        Written written = own.containsKey("ioengine") ? own.get("ioengine") : inherited.get("ioengine");
        if (written == null || written.text().isEmpty()) {
            return JfioEngines.DEFAULT;
        }
        int colon = written.text().indexOf(':');
        return colon < 0 ? written.text() : written.text().substring(0, colon);
    }

    private static OptionSpec unknown(String key) {
        return new OptionSpec(key, List.of(), OptionType.STRING, null, null, null, OptionUnit.NONE,
                OptionCategory.MISC, OptionStatus.NOT_IMPLEMENTED, List.of(), false, false, List.of(), 0,
                "not an option fio knows");
    }

    private static String initialValue(OptionSpec spec) {
        if (spec.type() == OptionType.FLAG) {
            return null;
        }
        if (spec.defaultValue() != null) {
            return spec.defaultValue();
        }
        return spec.allowedValues().isEmpty() ? "" : spec.allowedValues().get(0).value();
    }

    private static int offsetOfLine(String text, int line) {
        int offset = 0;
        for (int i = 1; i < line; i++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset;
    }
}
