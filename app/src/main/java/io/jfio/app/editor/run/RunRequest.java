package io.jfio.app.editor.run;

import java.nio.file.Path;
import java.util.List;

import io.jfio.model.job.Resolution;

/**
 * A job file that passed the checks before a run: no errors, and the user confirmed what it writes.
 * Immutable; any thread.
 *
 * @param jobText    the text as it was checked
 * @param jobFile    the job file's path, or null for a file never saved
 * @param resolution the jobs and their options
 * @param targets    what the run writes, as confirmed
 */
public record RunRequest(String jobText, Path jobFile, Resolution resolution, List<WriteTarget> targets) {

    public RunRequest {
        targets = List.copyOf(targets);
    }
}
