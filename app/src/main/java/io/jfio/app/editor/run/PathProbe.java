package io.jfio.app.editor.run;

import java.nio.file.Path;

/**
 * Tells what a path is on disk. The application's {@link FileSystemProbe} asks the file system (on a
 * background thread); tests give fixed answers.
 */
@FunctionalInterface
public interface PathProbe {

    TargetKind kindOf(Path path);
}
