package io.jfio.app.editor.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.jfio.app.editor.SectionItem;
import io.jfio.model.option.OptionCategory;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.controlsfx.control.PropertySheet;
import org.controlsfx.control.PropertySheet.Item;

/**
 * The form view: the sections as a list, and the selected section's options in a ControlsFX property
 * sheet built from the catalog (by category, typed editors), with the focused option's help below.
 * Thin: everything it shows and does is {@link FormViewModel}'s. JavaFX thread only.
 */
public final class FormView extends SplitPane {

    private final FormViewModel form;
    private final ListView<SectionItem> sectionList = new ListView<>();
    private final PropertySheet sheet = new PropertySheet();
    private final TextArea help = new TextArea();
    private final SplitPane sheetAndHelp = new SplitPane();
    private final Map<OptionRow, OptionEditor> editors = new HashMap<>();
    private final Runnable addOption;

    /**
     * @param addOption what "Add option..." does (the main window opens the catalog search)
     */
    public FormView(FormViewModel form, Runnable addOption) {
        this.form = form;
        this.addOption = addOption;
        getStyleClass().add("form-view");
        getItems().addAll(sectionPane(), sheetPane());
        setDividerPositions(0.32);
        // The help follows the keyboard focus: the row of the editor that holds the focus owner.
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((focus, was, owner) -> showHelpFor(owner));
            }
        });
        SplitPane.setResizableWithParent(getItems().get(0), false);
    }

    /** The split between the option sheet and the help text (its position is remembered). */
    public SplitPane sheetAndHelp() {
        return sheetAndHelp;
    }

    /** The section list (for focus and tests). */
    public ListView<SectionItem> sectionList() {
        return sectionList;
    }

    /** The option sheet (for focus and tests). */
    public PropertySheet sheet() {
        return sheet;
    }

    private Region sectionPane() {
        sectionList.setId("sectionList");
        sectionList.getStyleClass().add("section-list");
        sectionList.setItems(form.editor().sections());
        sectionList.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SectionItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("global-section");
                if (empty || item == null) {
                    setText(null);
                } else {
                    setText(item.toString());
                    if (item.global()) {
                        getStyleClass().add("global-section");
                    }
                }
            }
        });
        sectionList.getSelectionModel().selectedIndexProperty().addListener((observable, old, now) -> {
            if (now.intValue() >= 0 && now.intValue() != form.selectedSectionProperty().get()) {
                form.selectedSectionProperty().set(now.intValue());
            }
        });
        form.selectedSectionProperty().addListener((observable, old, now) -> selectInList());
        form.editor().sections().addListener((ListChangeListener<SectionItem>) change -> selectInList());
        selectInList();

        MenuItem add = new MenuItem("Add section...");
        add.setOnAction(event -> form.addSection());
        MenuItem duplicate = new MenuItem("Duplicate section...");
        duplicate.setOnAction(event -> form.duplicateSelectedSection());
        MenuItem rename = new MenuItem("Rename section...");
        rename.setOnAction(event -> form.renameSelectedSection());
        MenuItem remove = new MenuItem("Remove section");
        remove.setOnAction(event -> form.removeSelectedSection());
        sectionList.setContextMenu(new ContextMenu(add, duplicate, rename, remove));

        Label title = new Label("Sections");
        title.getStyleClass().add("pane-title");
        Button addButton = smallButton("+", "Add section", form::addSection);
        Button duplicateButton = smallButton("Copy", "Duplicate section", form::duplicateSelectedSection);
        Button renameButton = smallButton("Rename", "Rename section", form::renameSelectedSection);
        Button removeButton = smallButton("\u2212", "Remove section", form::removeSelectedSection);
        HBox buttons = new HBox(4, addButton, duplicateButton, renameButton, removeButton);
        buttons.setPadding(new Insets(4));
        VBox pane = new VBox(title, sectionList, buttons);
        VBox.setVgrow(sectionList, Priority.ALWAYS);
        pane.setMinWidth(190);
        return pane;
    }

    private Region sheetPane() {
        sheet.setId("optionSheet");
        // A flat list (in catalog order, so grouped by category) for the few options a section sets; the
        // category accordion for all options, where it keeps several hundred editors manageable.
        sheet.modeProperty().bind(javafx.beans.binding.Bindings.when(form.showAllOptionsProperty())
                .then(PropertySheet.Mode.CATEGORY).otherwise(PropertySheet.Mode.NAME));
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(true);
        sheet.setCategoryComparator(Comparator.comparingInt(FormView::categoryRank));
        sheet.setPropertyEditorFactory(this::editorFor);
        form.rows().addListener((ListChangeListener<OptionRow>) change -> showRows());
        form.focusRequestProperty().addListener((observable, old, row) -> {
            OptionEditor editor = editors.get(row);
            if (editor != null) {
                expandCategoryOf(editor.getEditor());
                editor.focus();
            }
        });
        showRows();

        help.setId("optionHelp");
        help.setEditable(false);
        help.setWrapText(false);
        help.getStyleClass().addAll("option-help", "command-line-text");
        help.setPromptText("The help of the option you are editing shows here.");
        form.focusedRowProperty().addListener((observable, old, row) ->
                help.setText(row == null ? "" : FormViewModel.help(row)));

        Label title = new Label("Options");
        title.getStyleClass().add("pane-title");
        Button add = new Button("Add option...");
        add.setId("addOptionButton");
        add.setOnAction(event -> addOption.run());
        CheckBox all = new CheckBox("All options");
        all.setId("showAllOptions");
        all.setTooltip(new Tooltip("Show every option the section may set, not only those it sets or inherits"));
        all.selectedProperty().bindBidirectional(form.showAllOptionsProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, all, add);
        bar.setPadding(new Insets(2, 4, 2, 0));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        sheetAndHelp.setOrientation(Orientation.VERTICAL);
        sheetAndHelp.getItems().addAll(sheet, help);
        sheetAndHelp.setDividerPositions(0.75);
        SplitPane.setResizableWithParent(help, false);
        BorderPane pane = new BorderPane(sheetAndHelp);
        pane.setTop(bar);
        return pane;
    }

    private void showHelpFor(javafx.scene.Node owner) {
        for (javafx.scene.Node node = owner; node != null; node = node.getParent()) {
            if (node.getProperties().get(OptionEditor.ROW_KEY) instanceof OptionRow row) {
                form.focusedRowProperty().set(row);
                return;
            }
        }
    }

    /** In the category accordion, opens the category that holds {@code node}. */
    private static void expandCategoryOf(javafx.scene.Node node) {
        for (javafx.scene.Node parent = node; parent != null; parent = parent.getParent()) {
            if (parent instanceof javafx.scene.control.TitledPane pane) {
                pane.setExpanded(true);
                return;
            }
        }
    }

    private void selectInList() {
        int index = form.selectedSectionProperty().get();
        if (index >= 0 && index < sectionList.getItems().size()
                && sectionList.getSelectionModel().getSelectedIndex() != index) {
            sectionList.getSelectionModel().select(index);
        }
    }

    private void showRows() {
        List<Item> items = new ArrayList<>();
        for (OptionRow row : form.rows()) {
            items.add(new OptionSheetItem(row, form));
        }
        editors.keySet().retainAll(form.rows());
        sheet.getItems().setAll(items);
    }

    private OptionEditor editorFor(Item item) {
        OptionSheetItem option = (OptionSheetItem) item;
        return editors.computeIfAbsent(option.row(), row -> new OptionEditor(row, form));
    }

    private static int categoryRank(String title) {
        for (OptionCategory category : OptionCategory.values()) {
            if (category.title().equals(title)) {
                return category.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Button smallButton(String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(event -> action.run());
        return button;
    }
}
