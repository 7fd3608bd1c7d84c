package io.jfio.app.settings;

import java.util.prefs.Preferences;

/**
 * Settings in the user's java.util.prefs tree (on Linux, ~/.java/.userPrefs/io/jfio/app). The
 * Preferences API writes in the background itself, so calls here do not wait on the disk. JavaFX thread.
 */
public final class PreferencesSettings implements Settings {

    private final Preferences node;

    public PreferencesSettings(Preferences node) {
        this.node = node;
    }

    /** The application's node. */
    public static PreferencesSettings forApplication() {
        return new PreferencesSettings(Preferences.userRoot().node("io/jfio/app"));
    }

    @Override
    public String get(String key, String defaultValue) {
        return node.get(key, defaultValue);
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
    }

    @Override
    public void remove(String key) {
        node.remove(key);
    }
}
