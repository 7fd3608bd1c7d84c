package io.jfio.app.editor.run;

import java.nio.file.Path;
import java.util.List;

/**
 * A file or device a job file will write when it runs. Immutable; any thread.
 *
 * @param path              the absolute, normalised path
 * @param kind              what it is on disk now
 * @param created           true when only the layout writes it: a job reads it, but it does not exist yet
 * @param outsideJobFolder  true when it is not under the job file's folder (or the job file has none)
 * @param jobs              the jobs (section names) that write it
 */
public record WriteTarget(Path path, TargetKind kind, boolean created, boolean outsideJobFolder, List<String> jobs) {

    public WriteTarget {
        jobs = List.copyOf(jobs);
    }

    /** True when the user must confirm explicitly: a device (or unusual file), or a file outside the job's folder. */
    public boolean needsConfirmation() {
        return kind.needsConfirmation() || outsideJobFolder;
    }

    /** One line for the confirmation list. */
    public String describe() {
        String what = switch (kind) {
            case BLOCK_DEVICE -> "block device";
            case CHARACTER_DEVICE -> "character device";
            case MISSING -> "new file";
            case REGULAR_FILE -> "existing file, overwritten";
            case DIRECTORY -> "directory";
            case OTHER -> "special file";
        };
        StringBuilder line = new StringBuilder(path.toString()).append("  (").append(what);
        if (created) {
            line.append(", laid out before it is read");
        }
        if (outsideJobFolder) {
            line.append(", outside the job file's folder");
        }
        return line.append("; ").append(String.join(", ", jobs)).append(')').toString();
    }
}
