package io.jfio.app.settings;

/**
 * Small persistent key-value settings (window size, split positions, recent files, theme). The
 * application stores them with java.util.prefs ({@link PreferencesSettings}); tests use
 * {@link MemorySettings}. JavaFX thread only.
 */
public interface Settings {

    String get(String key, String defaultValue);

    void put(String key, String value);

    void remove(String key);

    default double getDouble(String key, double defaultValue) {
        String text = get(key, null);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    default void putDouble(String key, double value) {
        put(key, Double.toString(value));
    }

    default boolean getBoolean(String key, boolean defaultValue) {
        String text = get(key, null);
        return text == null ? defaultValue : Boolean.parseBoolean(text);
    }

    default void putBoolean(String key, boolean value) {
        put(key, Boolean.toString(value));
    }
}
