package io.jfio.app.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.jfio.app.dialog.DialogService;
import io.jfio.app.settings.RecentFiles;
import io.jfio.app.task.TaskExecutor;
import io.jfio.model.job.JobFile;
import io.jfio.model.job.JobFileParser;
import io.jfio.model.job.JobFileWriter;
import io.jfio.model.job.JobResolver;
import io.jfio.model.job.Problem;
import io.jfio.model.job.Resolution;
import io.jfio.model.job.Section;
import io.jfio.model.job.SectionLine;
import io.jfio.model.job.ShowCmd;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One job file being edited: its text (the single source of truth both views show), where it lives on
 * disk, whether it has unsaved edits, undo/redo across both views, its sections, and the problems the
 * command line's own resolver finds in it. File I/O and validation run on the {@link TaskExecutor};
 * results come back on the JavaFX thread. Questions to the user go through the {@link DialogService}.
 *
 * <p>The text is kept with '\n' line ends whatever the file uses; a file whose lines mostly end in CRLF is
 * written back with CRLF, so files with one kind of line end are saved byte for byte.
 *
 * <p>JavaFX thread only.
 */
public final class JobEditorViewModel {

    /** The name problems and the title use for a file that has never been saved. */
    public static final String UNTITLED = "Untitled";

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final RecentFiles recentFiles;
    private final ResolverHolder resolver = new ResolverHolder();
    private final EditHistory history = new EditHistory();
    private final AtomicLong latestValidation = new AtomicLong();

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final StringProperty savedText = new SimpleStringProperty(this, "savedText", "");
    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<Resolution> resolution = new ReadOnlyObjectWrapper<>(this, "resolution");
    private final ReadOnlyObjectWrapper<JumpRequest> jumpRequest = new ReadOnlyObjectWrapper<>(this, "jumpRequest");
    private final ObjectProperty<String> status = new SimpleObjectProperty<>(this, "status", "");
    private final ObservableList<SectionItem> sections = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final BooleanBinding dirty = Bindings.notEqual(text, savedText);
    private final StringBinding title;
    private final List<Runnable> documentReplacedListeners = new ArrayList<>();

    private String lineSeparator = "\n";
    private JobFile file;
    private long jumpSerial;

    public JobEditorViewModel(TaskExecutor executor, DialogService dialogs, RecentFiles recentFiles) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.recentFiles = Objects.requireNonNull(recentFiles, "recentFiles");
        this.title = Bindings.createStringBinding(() -> (dirty.get() ? "*" : "") + displayName() + " - jfio",
                dirty, path);
        afterTextChange();
    }

    // ---- state ----

    /** The whole job file as the views show it ('\n' line ends). */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }

    /** The file on disk, or null for a file never saved. */
    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** True while the text differs from what was last opened or saved. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The window title: a '*' before the name while there are unsaved edits. */
    public StringBinding titleProperty() {
        return title;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Goes up by one at every change of the text; the form view refreshes on it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The latest validation of the text (null until the first one finishes). */
    public ReadOnlyObjectProperty<Resolution> resolutionProperty() {
        return resolution.getReadOnlyProperty();
    }

    /** The text view moves its caret to each new value. */
    public ReadOnlyObjectProperty<JumpRequest> jumpRequestProperty() {
        return jumpRequest.getReadOnlyProperty();
    }

    /** One line for the status bar: what just happened. */
    public ObjectProperty<String> statusProperty() {
        return status;
    }

    /** The sections in file order (read it, do not change it). */
    public ObservableList<SectionItem> sections() {
        return sections;
    }

    /** The latest validation's errors and warnings in file order (read it, do not change it). */
    public ObservableList<Problem> problems() {
        return problems;
    }

    /** The text parsed, as of the latest change. Edit it only through {@link #edit(Consumer)}. */
    public JobFile jobFile() {
        return file;
    }

    /** The name problems give this file: its path as given, or {@link #UNTITLED}. */
    public String sourceName() {
        return path.get() == null ? UNTITLED : path.get().toString();
    }

    /** The file name for titles and prompts. */
    public String displayName() {
        return path.get() == null ? UNTITLED : String.valueOf(path.get().getFileName());
    }

    /** The recent files list this editor adds to. */
    public RecentFiles recentFiles() {
        return recentFiles;
    }

    /** fio's --showcmd form of the text as of the latest validation (empty before the first one). */
    public String commandLine() {
        Resolution latest = resolution.get();
        return latest == null ? "" : ShowCmd.format(latest, 1);
    }

    /** Called (JavaFX thread) after New, Open and templates replace the whole document. */
    public void addDocumentReplacedListener(Runnable listener) {
        documentReplacedListeners.add(listener);
    }

    // ---- editing ----

    /** The text view's edit: {@code newText} is the whole text after it. Typing merges into one undo step. */
    public void replaceText(String newText) {
        apply(newText, EditHistory.Kind.TYPING);
    }

    /**
     * A structured edit (the form view's): {@code edit} changes a fresh parse of the text, whose new text
     * replaces the old in one undo step. The JobFile changes only the lines it must, so only they change.
     *
     * @return false (with the reason in the status line) when the model refused the edit, for example a
     *         value holding ';'
     */
    public boolean edit(Consumer<JobFile> edit) {
        JobFile copy = parse(text.get());
        try {
            edit.accept(copy);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return false;
        }
        apply(copy.text(), EditHistory.Kind.COMMAND);
        return true;
    }

    /** Replaces the whole text in one undo step (templates inserted into the text, global section added). */
    public void replaceAll(String newText) {
        apply(newText, EditHistory.Kind.COMMAND);
    }

    public void undo() {
        history.undo().ifPresent(this::restore);
    }

    public void redo() {
        history.redo().ifPresent(this::restore);
    }

    /** Asks the text view to show the place of {@code problem}, when it is in this file. */
    public void jumpTo(Problem problem) {
        if (problem.file().equals(sourceName()) && problem.line() > 0) {
            jumpRequest.set(new JumpRequest(problem.line(), problem.column(), ++jumpSerial));
        } else {
            status.set(problem.file() + " is another file; open it to see line " + problem.line());
        }
    }

    /** Jumps to the next problem in this file after {@code line} (wrapping); false when there is none. */
    public boolean jumpToNextProblem(int afterLine) {
        List<Problem> here = problems.stream().filter(p -> p.file().equals(sourceName()) && p.line() > 0).toList();
        if (here.isEmpty()) {
            return false;
        }
        Problem next = here.stream().filter(p -> p.line() > afterLine).findFirst().orElse(here.get(0));
        jumpTo(next);
        return true;
    }

    // ---- files ----

    /** Starts an empty, untitled job file (after asking about unsaved edits). */
    public void newFile() {
        guardUnsaved(() -> replaceDocument("", "", null));
    }

    /** Starts an untitled job file with {@code initialText}, unsaved (after asking about unsaved edits). */
    public void newFile(String initialText) {
        guardUnsaved(() -> replaceDocument(normalise(initialText), "", null));
    }

    /** Asks for a job file and opens it (after asking about unsaved edits). */
    public void open() {
        guardUnsaved(() -> dialogs.chooseFileToOpen(currentDirectory()).ifPresent(this::load));
    }

    /** Opens {@code file} (after asking about unsaved edits); reading happens in the background. */
    public void open(Path file) {
        guardUnsaved(() -> load(file));
    }

    /** Saves to the file's path, or asks for one. */
    public void save() {
        save(() -> { });
    }

    /** Asks for a path and saves there. */
    public void saveAs() {
        saveAs(() -> { });
    }

    /**
     * Runs {@code proceed} if there are no unsaved edits, or the user saves them (after the save
     * succeeds) or chooses to drop them; does nothing if the user cancels.
     */
    public void guardUnsaved(Runnable proceed) {
        if (!isDirty()) {
            proceed.run();
            return;
        }
        switch (dialogs.askToSaveChanges(displayName())) {
            case SAVE -> save(proceed);
            case DISCARD -> proceed.run();
            case CANCEL -> status.set("Kept the unsaved edits");
        }
    }

    private void save(Runnable after) {
        if (path.get() == null) {
            saveAs(after);
        } else {
            write(path.get(), after);
        }
    }

    private void saveAs(Runnable after) {
        String suggested = path.get() == null ? "job.fio" : String.valueOf(path.get().getFileName());
        dialogs.chooseFileToSave(currentDirectory(), suggested).ifPresent(target -> write(target, after));
    }

    private void write(Path target, Runnable after) {
        String snapshot = text.get();
        String onDisk = lineSeparator.equals("\n") ? snapshot : snapshot.replace("\n", lineSeparator);
        status.set("Saving " + target + "...");
        executor.execute(() -> {
            JobFileWriter.write(JobFileParser.parse(onDisk, target), target);
            return target;
        }, saved -> {
            savedText.set(snapshot);
            boolean renamed = !saved.equals(path.get());
            path.set(saved);
            history.seal();
            recentFiles.add(saved);
            status.set("Saved " + saved);
            if (renamed) {
                afterTextChange();
            }
            after.run();
        }, failure -> {
            status.set("Not saved: " + failure.getMessage());
            dialogs.showError("Cannot save", target + ": " + oneLine(failure));
        });
    }

    private void load(Path file) {
        status.set("Opening " + file + "...");
        executor.execute(() -> JobFileParser.parse(file), loaded -> {
            String loadedText = loaded.text();
            String normalised = normalise(loadedText);
            lineSeparator = mostlyCrlf(loadedText) ? "\r\n" : "\n";
            replaceDocument(normalised, normalised, file);
            recentFiles.add(file);
            status.set("Opened " + file + (loaded.charset().name().equals("UTF-8") ? ""
                    : " (not UTF-8: read as " + loaded.charset().name() + "; saving writes UTF-8)"));
        }, failure -> {
            recentFiles.remove(file);
            status.set("Not opened: " + file);
            dialogs.showError("Cannot open", oneLine(failure));
        });
    }

    private void replaceDocument(String newText, String newSavedText, Path newPath) {
        if (newPath == null) {
            lineSeparator = "\n";
        }
        path.set(newPath);
        savedText.set(newSavedText);
        history.clear();
        text.set(newText);
        afterTextChange();
        documentReplacedListeners.forEach(Runnable::run);
    }

    private Path currentDirectory() {
        Path current = path.get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            return current.toAbsolutePath().getParent();
        }
        return recentFiles.files().isEmpty() ? null : recentFiles.files().get(0).getParent();
    }

    // ---- internals ----

    private void apply(String newText, EditHistory.Kind kind) {
        String old = text.get();
        if (old.equals(newText)) {
            return;
        }
        history.record(old, newText, kind);
        text.set(newText);
        afterTextChange();
    }

    private void restore(String restored) {
        text.set(restored);
        afterTextChange();
    }

    private void afterTextChange() {
        file = parse(text.get());
        List<SectionItem> items = new ArrayList<>();
        for (Section section : file.sections()) {
            items.add(new SectionItem(section.index(), section.name(), SectionLine.isGlobalName(section.name()),
                    section.headerLine()));
        }
        if (!items.equals(sections)) {
            sections.setAll(items);
        }
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        revision.set(revision.get() + 1);
        validate();
    }

    /**
     * Resolves the text as it is now in the background (as the command line would: includes read,
     * variables substituted) and hands the result to {@code action} on the JavaFX thread.
     */
    public void resolveNow(Consumer<Resolution> action) {
        String snapshot = text.get();
        Path snapshotPath = path.get();
        executor.execute(() -> resolve(snapshot, snapshotPath), action,
                failure -> status.set("Validation failed: " + oneLine(failure)));
    }

    private Resolution resolve(String snapshot, Path snapshotPath) {
        JobFile parsed = snapshotPath == null ? JobFileParser.parse(snapshot, UNTITLED)
                : JobFileParser.parse(snapshot, snapshotPath);
        return resolver.get().resolve(parsed);
    }

    /** Resolves the text in the background; only the newest result is shown. */
    private void validate() {
        long number = latestValidation.incrementAndGet();
        String snapshot = text.get();
        Path snapshotPath = path.get();
        executor.execute(() -> {
            if (latestValidation.get() != number) {
                return Optional.<Resolution>empty();
            }
            return Optional.of(resolve(snapshot, snapshotPath));
        }, result -> result.ifPresent(resolved -> {
            if (latestValidation.get() == number) {
                resolution.set(resolved);
                problems.setAll(resolved.problems());
            }
        }), failure -> status.set("Validation failed: " + oneLine(failure)));
    }

    private JobFile parse(String source) {
        return path.get() == null ? JobFileParser.parse(source, UNTITLED) : JobFileParser.parse(source, path.get());
    }

    private static String normalise(String source) {
        return source.replace("\r\n", "\n");
    }

    private static boolean mostlyCrlf(String source) {
        int crlf = 0;
        int lf = 0;
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                if (i > 0 && source.charAt(i - 1) == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            }
        }
        return crlf > lf;
    }

    private static String oneLine(Exception failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The command line's resolver, made on first use on the background thread (it reads /proc). */
    private static final class ResolverHolder {
        private volatile JobResolver resolver;

        JobResolver get() {
            JobResolver current = resolver;
            if (current == null) {
                synchronized (this) {
                    if (resolver == null) {
                        resolver = JobResolver.standard();
                    }
                    current = resolver;
                }
            }
            return current;
        }
    }
}
