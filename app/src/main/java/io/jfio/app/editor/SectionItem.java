package io.jfio.app.editor;

/**
 * One section of the job file as the form's section list shows it. Immutable; any thread.
 *
 * @param index  its position among the file's sections (what {@link io.jfio.model.job.JobFile} edits take)
 * @param name   the name between the brackets
 * @param global whether fio treats it as a [global] section
 * @param line   the 1-based line of its header
 */
public record SectionItem(int index, String name, boolean global, int line) {

    @Override
    public String toString() {
        return "[" + name + "]";
    }
}
