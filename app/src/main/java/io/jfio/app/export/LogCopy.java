package io.jfio.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies log files into a directory, keeping their names, and says what it did in one line. A file that
 * is gone (deleted since the run) is skipped and named; other failures stop the copy. Stateless; any
 * thread (a run's logs can be large: call it off the JavaFX thread).
 */
public final class LogCopy {

    /**
     * What a copy did.
     *
     * @param copied  the copies, in the order of the files given
     * @param missing the files that were gone
     */
    public record Outcome(List<Path> copied, List<Path> missing) {

        public Outcome {
            copied = List.copyOf(copied);
            missing = List.copyOf(missing);
        }

        /** "Copied 3 log files to /x" and, when some were gone, "; missing (deleted since the run?): a_bw.1.log". */
        public String summary(Path directory) {
            String text = "Copied " + copied.size() + (copied.size() == 1 ? " log file" : " log files") + " to "
                    + directory;
            if (!missing.isEmpty()) {
                text += "; missing (deleted since the run?): "
                        + String.join(", ", missing.stream().map(Path::toString).toList());
            }
            return text;
        }
    }

    private LogCopy() {
    }

    /** Copies each of {@code files} into {@code directory} (created if needed), replacing files of the same name. */
    public static Outcome copy(List<Path> files, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> copied = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                missing.add(file);
                continue;
            }
            Path target = directory.resolve(file.getFileName().toString());
            if (Files.exists(target) && Files.isSameFile(file, target)) {
                copied.add(target); // already where the user wants it
                continue;
            }
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            copied.add(target);
        }
        return new Outcome(copied, missing);
    }
}
