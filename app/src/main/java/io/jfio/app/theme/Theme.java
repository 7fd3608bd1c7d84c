package io.jfio.app.theme;

import java.util.Objects;

import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * jfio's two colour themes. Both come from one stylesheet ({@link #STYLESHEET}) whose named colours are
 * set per theme by a style class on the scene's root. JavaFX thread only.
 */
public enum Theme {
    LIGHT("theme-light"),
    DARK("theme-dark");

    /** The application's one stylesheet. */
    public static final String STYLESHEET = Objects.requireNonNull(Theme.class.getResource("/io/jfio/app/jfio.css"),
            "jfio.css missing from the class path").toExternalForm();

    private final String styleClass;

    Theme(String styleClass) {
        this.styleClass = styleClass;
    }

    /** The style class on the root that selects this theme's colours. */
    public String styleClass() {
        return styleClass;
    }

    /** Adds the stylesheet to {@code scene} if missing and switches its root to this theme. */
    public void applyTo(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        applyTo(scene.getRoot());
    }

    /** Switches {@code root} (a window's or a dialog's) to this theme. */
    public void applyTo(Parent root) {
        for (Theme theme : values()) {
            root.getStyleClass().remove(theme.styleClass);
        }
        root.getStyleClass().add(styleClass);
    }

    /** The theme called {@code name} ("DARK"), LIGHT for anything else. */
    public static Theme named(String name) {
        return "DARK".equals(name) ? DARK : LIGHT;
    }
}
