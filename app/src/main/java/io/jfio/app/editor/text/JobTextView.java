package io.jfio.app.editor.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.jfio.app.editor.JobEditorViewModel;
import io.jfio.app.editor.JumpRequest;
import io.jfio.app.editor.TextChange;
import io.jfio.model.job.Problem;

import javafx.collections.ListChangeListener;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * The text view of a job file: a RichTextFX code area with line numbers, syntax highlighting and problem
 * lines underlined, kept equal to the view-model's text both ways. Undo is the view-model's (it spans
 * both views), so the area's own undo is switched off and its shortcuts go to the view-model.
 * JavaFX thread only.
 */
public final class JobTextView extends StackPane {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final JobEditorViewModel viewModel;
    private final CodeArea area = new CodeArea();
    private boolean applyingModel;

    public JobTextView(JobEditorViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("job-text-view");
        area.setId("jobText");
        area.getStyleClass().add("job-text");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::routeUndoKeys);
        getChildren().add(new VirtualizedScrollPane<>(area));

        area.replaceText(viewModel.getText());
        highlight();
        area.textProperty().addListener((observable, old, now) -> {
            if (!applyingModel) {
                viewModel.replaceText(now);
            }
        });
        viewModel.textProperty().addListener((observable, old, now) -> showModelText(now));
        viewModel.problems().addListener((ListChangeListener<Problem>) change -> highlight());
        viewModel.jumpRequestProperty().addListener((observable, old, jump) -> jump(jump));
        viewModel.addDocumentReplacedListener(() -> {
            area.moveTo(0);
            area.showParagraphAtTop(0);
        });
    }

    /** The code area (for focus and tests). */
    public CodeArea area() {
        return area;
    }

    /** The 1-based line the caret is on. */
    public int caretLine() {
        return area.getCurrentParagraph() + 1;
    }

    private void showModelText(String modelText) {
        if (!area.getText().equals(modelText)) {
            TextChange change = TextChange.between(area.getText(), modelText);
            applyingModel = true;
            try {
                area.replaceText(change.start(), change.removedEnd(), change.inserted());
            } finally {
                applyingModel = false;
            }
            area.moveTo(Math.min(change.insertedEnd(), area.getLength()));
            area.requestFollowCaret();
        }
        highlight();
    }

    private void highlight() {
        String text = area.getText();
        Set<Integer> errors = new HashSet<>();
        Set<Integer> warnings = new HashSet<>();
        for (Problem problem : viewModel.problems()) {
            if (problem.file().equals(viewModel.sourceName()) && problem.line() > 0) {
                (problem.isError() ? errors : warnings).add(problem.line());
            }
        }
        warnings.removeAll(errors);
        List<StyledRun> runs = JobSyntax.runs(text, errors, warnings);
        if (text.isEmpty()) {
            return;
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        for (StyledRun run : runs) {
            spans.add(run.classes(), run.length());
        }
        StyleSpans<Collection<String>> built = spans.create();
        area.setStyleSpans(0, built);
    }

    private void jump(JumpRequest jump) {
        if (jump == null) {
            return;
        }
        int paragraph = Math.min(jump.line(), area.getParagraphs().size()) - 1;
        int length = area.getParagraphLength(paragraph);
        area.moveTo(paragraph, Math.max(0, Math.min(jump.column() - 1, length)));
        area.requestFollowCaret();
        area.requestFocus();
    }

    private void routeUndoKeys(KeyEvent event) {
        if (UNDO.match(event)) {
            viewModel.undo();
            event.consume();
        } else if (REDO.match(event) || REDO_Y.match(event)) {
            viewModel.redo();
            event.consume();
        }
    }
}
