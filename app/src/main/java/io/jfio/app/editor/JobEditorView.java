package io.jfio.app.editor;

import io.jfio.app.editor.form.FormView;
import io.jfio.app.editor.form.FormViewModel;
import io.jfio.app.editor.problems.ProblemsView;
import io.jfio.app.editor.text.JobTextView;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;

/**
 * The job editor: the text view and the form view side by side, the problems list below them. Both views
 * show one {@link JobEditorViewModel}. JavaFX thread only.
 */
public final class JobEditorView extends SplitPane {

    private final JobTextView textView;
    private final FormView formView;
    private final ProblemsView problemsView;
    private final SplitPane views = new SplitPane();

    /**
     * @param addOption what "Add option..." in the form does (the main window opens the catalog search)
     */
    public JobEditorView(JobEditorViewModel editor, FormViewModel form, Runnable addOption) {
        setId("editorSplit");
        getStyleClass().add("job-editor");
        textView = new JobTextView(editor);
        formView = new FormView(form, addOption);
        problemsView = new ProblemsView(editor);
        views.setId("viewsSplit");
        views.getItems().addAll(textView, formView);
        views.setDividerPositions(0.45);
        setOrientation(Orientation.VERTICAL);
        getItems().addAll(views, problemsView);
        setDividerPositions(0.82);
        SplitPane.setResizableWithParent(problemsView, false);
    }

    public JobTextView textView() {
        return textView;
    }

    public FormView formView() {
        return formView;
    }

    public ProblemsView problemsView() {
        return problemsView;
    }

    /** The split between the text and the form view. */
    public SplitPane views() {
        return views;
    }
}
