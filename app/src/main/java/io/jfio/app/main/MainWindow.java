package io.jfio.app.main;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.jfio.app.dialog.DialogService;
import io.jfio.app.editor.JobEditorView;
import io.jfio.app.editor.JobEditorViewModel;
import io.jfio.app.editor.form.AddOptionDialog;
import io.jfio.app.editor.form.FormViewModel;
import io.jfio.app.editor.run.FileSystemProbe;
import io.jfio.app.editor.run.RunCheckViewModel;
import io.jfio.app.editor.run.RunGate;
import io.jfio.app.editor.run.RunRequest;
import io.jfio.app.editor.run.WriteConfirmationDialog;
import io.jfio.app.editor.showcmd.CommandLineDialog;
import io.jfio.app.editor.template.TemplateDialog;
import io.jfio.app.editor.template.TemplateViewModel;
import io.jfio.app.live.LiveRunner;
import io.jfio.app.live.LiveView;
import io.jfio.app.live.LiveViewModel;
import io.jfio.app.results.ResultsView;
import io.jfio.app.results.ResultsViewModel;
import io.jfio.app.settings.RecentFiles;
import io.jfio.app.settings.Settings;
import io.jfio.app.task.TaskExecutor;
import io.jfio.app.theme.Theme;
import io.jfio.model.option.OptionSpec;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.controlsfx.control.StatusBar;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;

/**
 * jfio's main window: menus and a tool bar whose every action has a keyboard shortcut, the job editor, and
 * a status bar. It owns the wiring between the view-models and the dialogs; the work itself is theirs.
 * Unsaved edits are offered for saving before New, Open, a template and closing the window. JavaFX
 * thread only.
 */
public final class MainWindow {

    private final Stage stage;
    private final TaskExecutor executor;
    private final Settings settings;
    private final WindowLayout layout;
    private final JobEditorViewModel editor;
    private final FormViewModel form;
    private final JobEditorView editorView;
    private final RunGate runGate;
    /** Set once a run was asked for (F5 and the like): idle work stops for good from then on. */
    private boolean runAsked;
    private final BorderPane root = new BorderPane();
    private final Menu recentMenu = new Menu("Open _Recent");
    private final CheckMenuItem darkTheme = new CheckMenuItem("_Dark theme");
    private final Map<KeyCombination, Runnable> shortcuts = new LinkedHashMap<>();
    private final LiveRunner liveRunner;
    private final LiveView liveView;
    private final javafx.scene.control.TabPane tabs;
    private final javafx.scene.control.Tab liveTab;
    private final ResultsViewModel results;
    private final ResultsView resultsView;
    private final javafx.scene.control.Tab resultsTab;
    private java.util.function.Predicate<RunCheckViewModel> writeConfirmer;
    private final DialogService dialogs;
    /** The running (or last) run's sample windows, kept for comparing runs in the results. */
    private io.jfio.app.results.RunWindows runWindows = new io.jfio.app.results.RunWindows();
    private io.jfio.app.logs.LogViewerWindow logViewer;
    private String onlySection;
    private Theme theme;

    /**
     * @param dialogs the questions to the user (tests answer file choosers themselves)
     * @param runner  what happens to a job file that passed the checks before a run
     */
    public MainWindow(Stage stage, TaskExecutor executor, Settings settings, DialogService dialogs,
                      java.util.function.Consumer<RunRequest> runner) {
        this(stage, executor, settings, dialogs, runner, false);
    }

    /**
     * The application's window: Run (F5) runs the checked job file in the engine, the live graphs in a
     * tab beside the editor, Stop (Shift+F5) stops it.
     */
    public static MainWindow withLiveRuns(Stage stage, TaskExecutor executor, Settings settings, DialogService dialogs) {
        return new MainWindow(stage, executor, settings, dialogs, null, true);
    }

    private MainWindow(Stage stage, TaskExecutor executor, Settings settings, DialogService dialogs,
                       java.util.function.Consumer<RunRequest> runner, boolean liveRuns) {
        if (liveRuns) {
            LiveViewModel liveModel = new LiveViewModel();
            this.liveRunner = new LiveRunner(liveModel, this::runFinished);
            this.liveView = new LiveView(liveModel);
            liveView.paceUpdatesOverFrames(); // a window's four charts drawn in four short frames, not one long one
            this.results = new ResultsViewModel();
            this.resultsView = new ResultsView(results);
            liveModel.addJobStartObserver(jobIndex -> runWindows.jobStarted(jobIndex));
            liveModel.addBatchObserver(batch -> runWindows.accept(batch));
            runner = this::startRun;
            liveView.charts().forEach(chart -> chart.setOnContextMenuRequested(event -> {
                MenuItem save = new MenuItem("Save Chart as PNG...");
                save.setOnAction(e -> exportChart(chart));
                MenuItem saveAtSize = new MenuItem("Save Chart as PNG at Size...");
                saveAtSize.setOnAction(e -> exportAtSize(chart, chart.getId()));
                new javafx.scene.control.ContextMenu(save, saveAtSize).show(chart, event.getScreenX(), event.getScreenY());
            }));
        } else {
            this.liveRunner = null;
            this.liveView = null;
            this.results = null;
            this.resultsView = null;
        }
        this.stage = stage;
        this.dialogs = dialogs;
        this.executor = executor;
        this.settings = settings;
        this.layout = new WindowLayout(settings);
        this.editor = new JobEditorViewModel(executor, dialogs, new RecentFiles(settings));
        this.form = new FormViewModel(editor, dialogs);
        this.editorView = new JobEditorView(editor, form, this::addOption);
        this.runGate = new RunGate(editor, executor, new FileSystemProbe(), this::confirmWrites,
                runner == null ? RunGate.reportOnly(editor) : runner);
        this.theme = Theme.named(settings.get("theme", Theme.LIGHT.name()));

        root.setId("mainWindow");
        root.setTop(new VBox(menuBar(), toolBar()));
        if (liveRuns) {
            javafx.scene.control.Tab editorTab = new javafx.scene.control.Tab("Job file", editorView);
            liveTab = new javafx.scene.control.Tab("Live", liveView);
            resultsTab = new javafx.scene.control.Tab("Results", resultsView);
            tabs = new javafx.scene.control.TabPane(editorTab, liveTab, resultsTab);
            tabs.setId("mainTabs");
            tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
            root.setCenter(tabs);
        } else {
            tabs = null;
            liveTab = null;
            resultsTab = null;
            root.setCenter(editorView);
        }
        root.setBottom(statusBar());
        Scene scene = new Scene(root, layout.width(), layout.height());
        // Shortcuts are handled before any control sees the key, so the text and form views cannot swallow
        // them (a code area takes Ctrl+I, a text field Ctrl+Z): one undo history, every action everywhere.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::runShortcut);
        theme.applyTo(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(editor.titleProperty());
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
        layout.restore(stage);
        layout.track("editor", editorView);
        layout.track("views", editorView.views());
        layout.track("form", editorView.formView());
        layout.track("help", editorView.formView().sheetAndHelp());
    }

    /** The window with the user's answers from dialogs, default runner (the checks only). */
    public MainWindow(Stage stage, TaskExecutor executor, Settings settings, DialogService dialogs) {
        this(stage, executor, settings, dialogs, null);
    }

    public void show() {
        stage.show();
        editorView.textView().area().requestFocus();
    }

    /** Opens {@code file} (the command line's job file). */
    public void open(Path file) {
        editor.open(file);
    }

    public JobEditorViewModel editor() {
        return editor;
    }

    public FormViewModel form() {
        return form;
    }

    public JobEditorView editorView() {
        return editorView;
    }

    /** Closes the window after offering to save unsaved edits; remembers the layout. */
    public void quit() {
        editor.guardUnsaved(() -> {
            layout.save(stage);
            stopRun();
            executor.shutdown();
            stage.close();
        });
    }

    /** Checks the job file and what it writes, as before a run. */
    public void run() {
        onlySection = null;
        runAsked = true;
        runGate.requestRun();
    }

    /** As {@link #run}, then runs only the job of the section selected in the form. */
    public void runSelectedJob() {
        Optional<String> section = form.selectedSection().filter(item -> !item.global()).map(item -> item.name());
        if (liveRunner == null || section.isEmpty()) {
            editor.statusProperty().set("Select a job section in the form to run it alone");
            return;
        }
        onlySection = section.get();
        runAsked = true;
        runGate.requestRun();
    }

    /** Stops the running jobs, if any; their results still appear. */
    public void stopRun() {
        if (liveRunner != null) {
            liveRunner.stop();
        }
    }

    /** The live graphs, or null in a window without live runs. */
    public LiveView liveView() {
        return liveView;
    }

    /**
     * Draws the live graphs and then the results off-screen while the window is idle
     * ({@link io.jfio.app.live.LiveViewWarmUp}, {@link io.jfio.app.results.ResultsWarmUp}), then primes the real
     * Jobs table ({@link ResultsView#primeJobsTable}), so that the first run's first frames and its results are as
     * quick as a later run's. For the application's entry points, after {@link #show} (with
     * {@link EnginePriority#attach}); tests leave it out. All of it stops for good once a run is asked for (F5),
     * even if the checks then keep the run from starting.
     *
     * @return the live graphs' warm-up (the results' follows it), or null in a window without live runs
     */
    public io.jfio.app.task.IdleSteps warmUp() {
        if (liveRunner == null) {
            return null;
        }
        // They give way from F5 on, not only once the run is on: a step between F5 and the run's start (while
        // the job file is checked) held the FX thread for 250-450 ms.
        java.util.function.BooleanSupplier runAskedFor = () -> runAsked || liveRunner.isRunning();
        io.jfio.app.task.IdleSteps live = io.jfio.app.live.LiveViewWarmUp.start(theme, runAskedFor,
                javafx.util.Duration.ZERO);
        live.setOnCompleted(() -> io.jfio.app.results.ResultsWarmUp.start(theme, runAskedFor,
                javafx.util.Duration.ZERO).setOnCompleted(() -> {
                    if (!runAskedFor.getAsBoolean()) {
                        resultsView.primeJobsTable(io.jfio.app.results.ResultsWarmUp.madeUpRows());
                    }
                }));
        return live;
    }

    /** Runs the job file in the engine, or null in a window without live runs. */
    public LiveRunner liveRunner() {
        return liveRunner;
    }

    private void startRun(RunRequest request) {
        tabs.getSelectionModel().select(liveTab);
        if (!liveRunner.isRunning()) {
            runWindows = new io.jfio.app.results.RunWindows();
        }
        liveRunner.start(request, onlySection);
    }

    private void runFinished(io.jfio.model.result.RunResult result, List<io.jfio.model.job.JobSpec> jobs) {
        results.add(editor.displayName(), result, jobs, runWindows);
        tabs.getSelectionModel().select(resultsTab);
    }

    /** The session's runs and their figures, or null in a window without live runs. */
    public ResultsViewModel results() {
        return results;
    }

    /** The results tables, or null in a window without live runs. */
    public ResultsView resultsView() {
        return resultsView;
    }

    /** Shows the job file, the live graphs or the results (0, 1, 2) in a window with live runs. */
    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    // ---- actions ----

    private MenuBar menuBar() {
        Menu file = new Menu("_File", null,
                item(action("_New", "Shortcut+N", editor::newFile)),
                item(action("New from _Template...", "Shortcut+Shift+N", this::newFromTemplate)),
                item(action("_Open...", "Shortcut+O", editor::open)),
                recentMenu,
                item(action("Open _Logs...", "Shortcut+Alt+O", this::openLogs)),
                new SeparatorMenuItem(),
                item(action("_Save", "Shortcut+S", editor::save)),
                item(action("Save _As...", "Shortcut+Shift+S", editor::saveAs)),
                new SeparatorMenuItem(),
                exportItem(action("Save Screens_hot...", "Shortcut+Alt+S", this::exportScreenshot)),
                exportItem(action("Save Screenshot at Si_ze...", "Shortcut+Alt+Shift+S", this::exportScreenshotAtSize)),
                exportItem(action("Export _Live Data as CSV...", "Shortcut+Alt+E", this::exportLiveCsv)),
                exportItem(action("Export Run _Report...", "Shortcut+Alt+R", this::exportReport)),
                exportItem(action("Export Run Lo_gs...", "Shortcut+Alt+L", this::exportLogs)),
                new SeparatorMenuItem(),
                item(action("_Quit", "Shortcut+Q", this::quit)));
        editor.recentFiles().files().addListener((ListChangeListener<Path>) change -> fillRecentMenu());
        fillRecentMenu();

        Action undo = action("_Undo", "Shortcut+Z", editor::undo);
        undo.disabledProperty().bind(editor.canUndoProperty().not());
        Action redo = action("_Redo", "Shortcut+Shift+Z", editor::redo);
        redo.disabledProperty().bind(editor.canRedoProperty().not());
        shortcuts.put(KeyCombination.keyCombination("Shortcut+Y"), editor::redo);
        Menu edit = new Menu("_Edit", null, item(undo), item(redo), new SeparatorMenuItem(),
                item(action("Add _Option...", "Shortcut+I", this::addOption)),
                item(action("Remove Option", "Shortcut+Shift+I", this::removeFocusedOption)));

        Menu section = new Menu("_Section", null,
                item(action("_Add Section...", "Shortcut+Shift+A", form::addSection)),
                item(action("_Duplicate Section...", "Shortcut+D", form::duplicateSelectedSection)),
                item(action("_Rename Section...", "F2", form::renameSelectedSection)),
                item(action("Re_move Section", "Shortcut+Shift+DELETE", form::removeSelectedSection)),
                new SeparatorMenuItem(),
                item(action("_Previous Section", "Alt+UP", () -> moveSection(-1))),
                item(action("_Next Section", "Alt+DOWN", () -> moveSection(1))));

        CheckMenuItem allOptions = new CheckMenuItem("_All Options in the Form");
        allOptions.selectedProperty().bindBidirectional(form.showAllOptionsProperty());
        shortcut(allOptions, "Shortcut+Shift+L");
        darkTheme.setSelected(theme == Theme.DARK);
        darkTheme.setOnAction(event -> setTheme(darkTheme.isSelected() ? Theme.DARK : Theme.LIGHT));
        shortcut(darkTheme, "Shortcut+Shift+T");
        Menu view = new Menu("_View", null,
                item(action("_Text View", "Shortcut+1", () -> editorView.textView().area().requestFocus())),
                item(action("_Form View", "Shortcut+2", () -> editorView.formView().sectionList().requestFocus())),
                item(action("_Problems", "Shortcut+3", () -> editorView.problemsView().list().requestFocus())),
                item(action("Next Pro_blem", "F8", this::nextProblem)),
                new SeparatorMenuItem(),
                item(action("Show as _Command Line...", "Shortcut+Shift+C", this::showCommandLine)),
                item(action("C_opy Command Line", "Shortcut+Alt+C", this::copyCommandLine)),
                new SeparatorMenuItem(),
                allOptions, darkTheme);

        Action stop = action("_Stop", "Shift+F5", this::stopRun);
        if (liveRunner == null) {
            stop.setDisabled(true);
        } else {
            stop.disabledProperty().bind(liveRunner.model().runningProperty().not());
        }
        Menu runMenu = new Menu("_Run", null,
                item(action("_Check and Run...", "F5", this::run)),
                item(action("Run Se_lected Job...", "Shortcut+F5", this::runSelectedJob)),
                item(stop));
        MenuBar bar = new MenuBar(file, edit, section, view, runMenu);
        bar.setId("menuBar");
        return bar;
    }

    private ToolBar toolBar() {
        ToolBar bar = new ToolBar(
                button("New", "newButton", editor::newFile),
                button("Template...", "templateButton", this::newFromTemplate),
                button("Open...", "openButton", editor::open),
                button("Save", "saveButton", editor::save),
                new javafx.scene.control.Separator(),
                undoButton(),
                redoButton(),
                new javafx.scene.control.Separator(),
                button("Add option...", "addOptionToolButton", this::addOption),
                button("Command line...", "commandLineButton", this::showCommandLine),
                new javafx.scene.control.Separator(),
                button("Check and run...", "runButton", this::run));
        if (liveRunner != null) {
            javafx.scene.control.Button stop = button("Stop", "stopButton", this::stopRun);
            stop.disableProperty().bind(liveRunner.model().runningProperty().not());
            bar.getItems().add(stop);
        }
        bar.setId("toolBar");
        return bar;
    }

    private javafx.scene.control.Button undoButton() {
        javafx.scene.control.Button button = button("Undo", "undoButton", editor::undo);
        button.disableProperty().bind(editor.canUndoProperty().not());
        return button;
    }

    private javafx.scene.control.Button redoButton() {
        javafx.scene.control.Button button = button("Redo", "redoButton", editor::redo);
        button.disableProperty().bind(editor.canRedoProperty().not());
        return button;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(editor.statusProperty());
        Label problems = new Label();
        problems.textProperty().bind(Bindings.createStringBinding(() -> {
            long errors = editor.problems().stream().filter(p -> p.isError()).count();
            long warnings = editor.problems().size() - errors;
            return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
        }, editor.problems()));
        Label position = new Label();
        var area = editorView.textView().area();
        position.textProperty().bind(Bindings.createStringBinding(
                () -> "Ln " + (area.getCurrentParagraph() + 1) + ", Col " + (area.getCaretColumn() + 1),
                area.caretPositionProperty()));
        bar.getRightItems().addAll(problems, new javafx.scene.control.Separator(), position);
        if (liveRunner != null) {
            Label run = new Label();
            run.setId("runStatus");
            run.textProperty().bind(liveRunner.model().statusProperty());
            javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
            progress.setId("runProgress");
            progress.progressProperty().bind(liveRunner.model().percentDoneProperty().divide(100));
            progress.visibleProperty().bind(liveRunner.model().runningProperty());
            progress.managedProperty().bind(progress.visibleProperty());
            bar.getRightItems().addAll(0, List.of(progress, run, new javafx.scene.control.Separator()));
        }
        return bar;
    }

    private void fillRecentMenu() {
        recentMenu.getItems().clear();
        List<Path> files = editor.recentFiles().files();
        for (int i = 0; i < files.size(); i++) {
            Path path = files.get(i);
            MenuItem item = new MenuItem((i < 9 ? "_" + (i + 1) + " " : "") + path);
            item.setOnAction(event -> editor.open(path));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(files.isEmpty());
    }

    // ---- what the actions do ----

    private void newFromTemplate() {
        TemplateViewModel templates = new TemplateViewModel(Path.of(System.getProperty("java.io.tmpdir")));
        show(new TemplateDialog(stage, templates)).ifPresent(editor::newFile);
    }

    private void addOption() {
        Optional<String> section = form.selectedSection().map(item -> item.name());
        if (section.isEmpty()) {
            editor.statusProperty().set("Add a section first (Section > Add Section)");
            return;
        }
        Optional<OptionSpec> chosen = show(new AddOptionDialog(stage, section.get()));
        chosen.ifPresent(form::addOption);
    }

    private void removeFocusedOption() {
        var row = form.focusedRowProperty().get();
        if (row == null || !form.remove(row)) {
            editor.statusProperty().set("Focus an option the section sets to remove it");
        }
    }

    private void moveSection(int step) {
        int next = form.selectedSectionProperty().get() + step;
        if (next >= 0 && next < editor.sections().size()) {
            form.selectedSectionProperty().set(next);
        }
    }

    private void nextProblem() {
        if (!editor.jumpToNextProblem(editorView.textView().caretLine())) {
            editor.statusProperty().set("No problems in this file");
        }
    }

    private void showCommandLine() {
        editor.resolveNow(resolution -> show(new CommandLineDialog(stage,
                io.jfio.model.job.ShowCmd.format(resolution, 1))));
    }

    private void copyCommandLine() {
        editor.resolveNow(resolution -> {
            CommandLineDialog.copy(io.jfio.model.job.ShowCmd.format(resolution, 1).strip());
            editor.statusProperty().set("Copied the command line");
        });
    }

    private boolean confirmWrites(RunCheckViewModel check) {
        if (writeConfirmer != null) {
            return writeConfirmer.test(check);
        }
        return show(new WriteConfirmationDialog(stage, check)).orElse(false);
    }

    /**
     * Answers the write confirmation without the dialog (unattended runs: {@link AutomatedRun}); null
     * brings the dialog back.
     */
    public void setWriteConfirmer(java.util.function.Predicate<RunCheckViewModel> confirmer) {
        this.writeConfirmer = confirmer;
    }

    private void setTheme(Theme chosen) {
        theme = chosen;
        theme.applyTo(stage.getScene());
        settings.put("theme", chosen.name());
    }

    /** Shows a dialog in the window's theme and waits for its answer. */
    private <T> Optional<T> show(Dialog<T> dialog) {
        dialog.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        theme.applyTo(dialog.getDialogPane());
        return dialog.showAndWait();
    }

    private Action action(String text, String accelerator, Runnable handler) {
        Action action = new Action(text, event -> handler.run());
        KeyCombination combination = KeyCombination.keyCombination(accelerator);
        action.setAccelerator(combination);
        shortcuts.put(combination, () -> {
            if (!action.isDisabled()) {
                handler.run();
            }
        });
        return action;
    }

    private void shortcut(CheckMenuItem item, String accelerator) {
        KeyCombination combination = KeyCombination.keyCombination(accelerator);
        item.setAccelerator(combination);
        shortcuts.put(combination, () -> {
            // fire() alone does not toggle a check item; a click through the menu does both.
            item.setSelected(!item.isSelected());
            item.fire();
        });
    }

    private void runShortcut(KeyEvent event) {
        for (Map.Entry<KeyCombination, Runnable> shortcut : shortcuts.entrySet()) {
            if (shortcut.getKey().match(event)) {
                event.consume();
                shortcut.getValue().run();
                return;
            }
        }
    }

    private MenuItem exportItem(Action action) {
        action.setDisabled(liveRunner == null);
        return item(action);
    }

    /** Saves a PNG of the whole window, at screen scale. */
    public void exportScreenshot() {
        dialogs.chooseFileToSave(null, "jfio.png").ifPresent(png -> export(png, () ->
                io.jfio.app.export.PngExport.write(stage.getScene(), png)));
    }

    /** Asks for a size (WIDTHxHEIGHT or a scale factor such as 2x), then saves a PNG of the whole window. */
    public void exportScreenshotAtSize() {
        exportAtSize(stage.getScene().getRoot(), "jfio");
    }

    /** Saves a PNG of the whole window at exactly {@code size}, asking only for the file. */
    public void exportScreenshotAt(io.jfio.app.export.PngExport.Size size) {
        dialogs.chooseFileToSave(null, "jfio-" + size.widthPx() + "x" + size.heightPx() + ".png").ifPresent(png ->
                export(png, () -> io.jfio.app.export.PngExport.write(stage.getScene().getRoot(), size, png)));
    }

    private void exportAtSize(javafx.scene.Node node, String name) {
        var bounds = node.getLayoutBounds();
        String present = Math.round(bounds.getWidth()) + "x" + Math.round(bounds.getHeight());
        Optional<String> answer = dialogs.askText("Screenshot size", "Width x height in pixels (e.g. 1920x1080), or a"
                + " scale factor of the present " + present + " (e.g. 2x):", present);
        if (answer.isEmpty()) {
            return;
        }
        Optional<io.jfio.app.export.PngExport.Size> size = io.jfio.app.export.PngExport.Size.parse(answer.get(),
                bounds.getWidth(), bounds.getHeight());
        if (size.isEmpty()) {
            dialogs.showError("Screenshot size", "\"" + answer.get() + "\": expected WIDTHxHEIGHT (1 to "
                    + io.jfio.app.export.PngExport.MAX_SIDE_PX + " pixels a side) or a scale factor from 0.25x to 8x");
            return;
        }
        io.jfio.app.export.PngExport.Size chosen = size.get();
        dialogs.chooseFileToSave(null, name + "-" + chosen.widthPx() + "x" + chosen.heightPx() + ".png").ifPresent(png ->
                export(png, () -> io.jfio.app.export.PngExport.write(node, chosen, png)));
    }

    /** Saves the live view's series as CSV. */
    public void exportLiveCsv() {
        dialogs.chooseFileToSave(null, "jfio-live.csv").ifPresent(csv -> export(csv, () ->
                io.jfio.app.export.LiveCsv.write(liveRunner.model(), csv)));
    }

    /** Saves the selected run's report: fio's JSON for a .json name, fio's text otherwise. */
    public void exportReport() {
        Optional<io.jfio.app.results.SessionRun> run = results.selectedRun();
        if (run.isEmpty()) {
            editor.statusProperty().set("No run to report yet");
            return;
        }
        dialogs.chooseFileToSave(null, "jfio-run-" + run.get().number() + ".json").ifPresent(file -> export(file, () ->
                io.jfio.app.results.ReportExport.write(run.get(), file)));
    }

    /**
     * Copies the fio-format logs the selected run's jobs wrote (write_lat_log, write_bw_log, write_iops_log,
     * write_hist_log) into a directory the user chooses; the status line says what was copied and which
     * files were gone.
     */
    public void exportLogs() {
        Optional<io.jfio.app.results.SessionRun> run = results.selectedRun();
        if (run.isEmpty()) {
            editor.statusProperty().set("No run to export logs of yet");
            return;
        }
        List<Path> files;
        try {
            files = io.jfio.app.export.RunLogFiles.of(run.get().jobs());
        } catch (RuntimeException e) {
            dialogs.showError("Export failed", run.get().shortLabel() + ": " + e.getMessage());
            return;
        }
        if (files.isEmpty()) {
            editor.statusProperty().set(run.get().shortLabel()
                    + " wrote no logs (write_lat_log, write_bw_log, write_iops_log or write_hist_log)");
            return;
        }
        dialogs.chooseDirectory(null, "Copy the logs of " + run.get().shortLabel() + " to").ifPresent(directory ->
                executor.execute(() -> io.jfio.app.export.LogCopy.copy(files, directory),
                        outcome -> editor.statusProperty().set(outcome.summary(directory)),
                        failure -> dialogs.showError("Export failed", directory + ": " + failure.getMessage())));
    }

    /** Plots fio-format logs (jfio's or fio's) the user chooses in the log window. */
    public void openLogs() {
        List<Path> files = dialogs.chooseLogsToOpen(null);
        if (files.isEmpty()) {
            return;
        }
        if (logViewer == null) {
            logViewer = new io.jfio.app.logs.LogViewerWindow(stage, executor, scene -> theme.applyTo(scene));
        }
        logViewer.open(files);
    }

    /** The log window, or null before File → Open Logs was used. */
    public io.jfio.app.logs.LogViewerWindow logViewer() {
        return logViewer;
    }

    private void exportChart(javafx.scene.chart.Chart chart) {
        dialogs.chooseFileToSave(null, chart.getId() + ".png").ifPresent(png -> export(png, () ->
                io.jfio.app.export.PngExport.write(chart, 2, png)));
    }

    private interface Export {
        void write() throws java.io.IOException;
    }

    private void export(Path file, Export export) {
        try {
            export.write();
            editor.statusProperty().set("Saved " + file);
        } catch (java.io.IOException | RuntimeException e) {
            dialogs.showError("Export failed", file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static MenuItem item(Action action) {
        MenuItem item = ActionUtils.createMenuItem(action);
        item.setMnemonicParsing(true);
        return item;
    }

    private static javafx.scene.control.Button button(String text, String id, Runnable handler) {
        javafx.scene.control.Button button = new javafx.scene.control.Button(text);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(event -> handler.run());
        return button;
    }
}
