package io.jfio.app.editor.template;

import java.util.List;

/**
 * A job a storage engineer reaches for, as a job-file text around one target file. Immutable; any thread.
 *
 * @param id          short name, used for the default target file and the job section
 * @param title       what the list shows
 * @param description one or two sentences on what it measures, written into the file's comment
 * @param global      the [global] options before filename= (key=value or bare keys)
 * @param jobs        the job sections: each a name followed by its options
 */
public record JobTemplate(String id, String title, String description, List<String> global, List<Job> jobs) {

    /** One job section of a template. */
    public record Job(String name, List<String> options) {
        public Job {
            options = List.copyOf(options);
        }
    }

    public JobTemplate {
        global = List.copyOf(global);
        jobs = List.copyOf(jobs);
    }

    /**
     * The job file writing to {@code targetFile}; {@code temporary} adds {@code unlink=1} so the file is
     * removed after the run (never for a file the user chose, which may be a device).
     */
    public String text(String targetFile, boolean temporary) {
        StringBuilder out = new StringBuilder();
        out.append("; jfio template: ").append(title).append('\n');
        out.append("; ").append(description).append('\n');
        out.append("; Target file: ").append(targetFile)
                .append(temporary ? " (a temporary file, removed after the run)" : "").append('\n');
        out.append("[global]\n");
        for (String option : global) {
            out.append(option).append('\n');
        }
        out.append("filename=").append(targetFile).append('\n');
        if (temporary) {
            out.append("unlink=1\n");
        }
        for (Job job : jobs) {
            out.append("\n[").append(job.name()).append("]\n");
            for (String option : job.options()) {
                out.append(option).append('\n');
            }
        }
        return out.toString();
    }
}
