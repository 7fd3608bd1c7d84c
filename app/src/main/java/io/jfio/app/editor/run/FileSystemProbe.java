package io.jfio.app.editor.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@link PathProbe} on the real file system, following symbolic links (a link to a disk is a disk). Reads
 * the file type bits of the Linux mode ({@code unix:mode}) to tell block from character devices.
 * Stateless; any thread, but it does I/O: call it off the JavaFX thread.
 */
public final class FileSystemProbe implements PathProbe {

    private static final int TYPE_MASK = 0170000;
    private static final int BLOCK = 0060000;
    private static final int CHARACTER = 0020000;

    @Override
    public TargetKind kindOf(Path path) {
        try {
            if (Files.isRegularFile(path)) {
                return TargetKind.REGULAR_FILE;
            }
            if (Files.isDirectory(path)) {
                return TargetKind.DIRECTORY;
            }
            if (!Files.exists(path)) {
                return TargetKind.MISSING;
            }
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return switch (mode & TYPE_MASK) {
                case BLOCK -> TargetKind.BLOCK_DEVICE;
                case CHARACTER -> TargetKind.CHARACTER_DEVICE;
                default -> TargetKind.OTHER;
            };
        } catch (NoSuchFileException e) {
            return TargetKind.MISSING;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // Without the unix view (not Linux) or without permission to look: OTHER, which the user must
            // confirm like a device.
            return TargetKind.OTHER;
        }
    }
}
