package io.jfio.app.main;

import java.util.LinkedHashMap;
import java.util.Map;

import io.jfio.app.settings.Settings;

import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * Remembers the main window's size, place and split positions between runs, in {@link Settings}.
 * JavaFX thread only.
 */
public final class WindowLayout {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    private final Settings settings;
    private final Map<String, SplitPane> splits = new LinkedHashMap<>();

    public WindowLayout(Settings settings) {
        this.settings = settings;
    }

    /** The width the window opens with. */
    public double width() {
        return Math.max(640, settings.getDouble("window.width", DEFAULT_WIDTH));
    }

    /** The height the window opens with. */
    public double height() {
        return Math.max(400, settings.getDouble("window.height", DEFAULT_HEIGHT));
    }

    /** Places {@code stage} where it was (its size comes from {@link #width()} and {@link #height()}). */
    public void restore(Stage stage) {
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.getBoolean("window.maximized", false));
    }

    /** Restores the divider positions of {@code split} (saved under {@code name}) and remembers it for {@link #save}. */
    public void track(String name, SplitPane split) {
        splits.put(name, split);
        double[] positions = split.getDividerPositions();
        for (int i = 0; i < positions.length; i++) {
            double saved = settings.getDouble("split." + name + "." + i, Double.NaN);
            if (!Double.isNaN(saved) && saved > 0.02 && saved < 0.98) {
                split.setDividerPosition(i, saved);
            }
        }
    }

    /** Stores the window's size, place and every tracked split's positions. */
    public void save(Stage stage) {
        settings.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            settings.putDouble("window.width", stage.getWidth());
            settings.putDouble("window.height", stage.getHeight());
            settings.putDouble("window.x", stage.getX());
            settings.putDouble("window.y", stage.getY());
        }
        splits.forEach((name, split) -> {
            double[] positions = split.getDividerPositions();
            for (int i = 0; i < positions.length; i++) {
                settings.putDouble("split." + name + "." + i, positions[i]);
            }
        });
    }
}
