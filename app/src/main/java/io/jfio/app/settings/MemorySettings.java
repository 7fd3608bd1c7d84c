package io.jfio.app.settings;

import java.util.HashMap;
import java.util.Map;

/** Settings kept in memory only, for tests and for runs that must not touch the user's preferences. One thread. */
public final class MemorySettings implements Settings {

    private final Map<String, String> values = new HashMap<>();

    @Override
    public String get(String key, String defaultValue) {
        return values.getOrDefault(key, defaultValue);
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }
}
