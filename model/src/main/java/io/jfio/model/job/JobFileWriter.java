package io.jfio.model.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a {@link JobFile} back to disk in the charset it was read with, through a temporary file in
 * the same directory so a failed write never leaves half a job file. Stateless; any thread, but the
 * JobFile must not be edited meanwhile.
 */
public final class JobFileWriter {

    private JobFileWriter() {
    }

    /** Writes {@code file}'s text to {@code target}, replacing it. */
    public static void write(JobFile file, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(temporary, file.bytes());
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
