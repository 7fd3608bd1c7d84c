package io.jfio.app.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The job files opened or saved last, most recent first, at most {@link #MAX} of them, kept in
 * {@link Settings} as one line per path. JavaFX thread.
 */
public final class RecentFiles {

    /** How many files the list keeps. */
    public static final int MAX = 10;

    private static final String KEY = "recentFiles";

    private final Settings settings;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Settings settings) {
        this.settings = settings;
        for (String line : settings.get(KEY, "").split("\n")) {
            if (!line.isBlank() && files.size() < MAX) {
                files.add(Path.of(line));
            }
        }
    }

    /** The list, most recent first (read it, do not change it). */
    public ObservableList<Path> files() {
        return files;
    }

    /** Puts {@code file} first, dropping an older entry for it and the oldest beyond {@link #MAX}. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(files);
        updated.remove(absolute);
        updated.add(0, absolute);
        while (updated.size() > MAX) {
            updated.remove(updated.size() - 1);
        }
        files.setAll(updated);
        store();
    }

    /** Drops {@code file} (it could not be opened). */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            store();
        }
    }

    private void store() {
        StringBuilder text = new StringBuilder();
        for (Path path : files) {
            text.append(path).append('\n');
        }
        settings.put(KEY, text.toString());
    }
}
