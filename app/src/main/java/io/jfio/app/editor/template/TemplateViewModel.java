package io.jfio.app.editor.template;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "New from template": the chosen template and the file it will write, a temporary file
 * ({@code <tmp>/jfio-<id>.dat}) until the user names another, and the job file that results. JavaFX
 * thread only.
 */
public final class TemplateViewModel {

    private final Path temporaryDirectory;
    private final ObjectProperty<JobTemplate> template = new SimpleObjectProperty<>(this, "template");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringBinding text;

    /** @param temporaryDirectory where default targets go (java.io.tmpdir in the application) */
    public TemplateViewModel(Path temporaryDirectory) {
        this.temporaryDirectory = temporaryDirectory;
        template.addListener((observable, old, now) -> {
            if (now != null && (target.get().isBlank() || old != null && target.get().equals(defaultTarget(old)))) {
                target.set(defaultTarget(now));
            }
        });
        text = Bindings.createStringBinding(this::jobText, template, target);
        template.set(templates().get(0));
    }

    public List<JobTemplate> templates() {
        return JobTemplates.all();
    }

    public ObjectProperty<JobTemplate> templateProperty() {
        return template;
    }

    /** The file (or device) the job will write; the template's temporary file by default. */
    public StringProperty targetProperty() {
        return target;
    }

    /** The job file the template makes for the target (what the preview shows and New creates). */
    public StringBinding textProperty() {
        return text;
    }

    /** True while the target is the template's own temporary file. */
    public boolean isTemporaryTarget() {
        return template.get() != null && target.get().strip().equals(defaultTarget(template.get()));
    }

    /** The temporary file a template writes unless the user names another. */
    public String defaultTarget(JobTemplate chosen) {
        return temporaryDirectory.resolve("jfio-" + chosen.id() + ".dat").toString();
    }

    private String jobText() {
        JobTemplate chosen = template.get();
        String file = target.get().strip();
        if (chosen == null || file.isEmpty()) {
            return "";
        }
        return chosen.text(file, isTemporaryTarget());
    }
}
