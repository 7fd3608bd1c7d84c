package io.jfio.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** jfio's version, from the build. Immutable; any thread. */
public final class JfioVersion {

    /** The fio release whose job files, options, output and logs jfio follows. */
    public static final String FIO_COMPATIBLE = "fio-3.33";

    private static final String VERSION = load();

    private JfioVersion() {
    }

    /** e.g. {@code 0.1.0}. */
    public static String version() {
        return VERSION;
    }

    /** What {@code --version} prints, e.g. {@code jfio-0.1.0 (fio-3.33 compatible)}. */
    public static String banner() {
        return "jfio-" + VERSION + " (" + FIO_COMPATIBLE + " compatible)";
    }

    private static String load() {
        try (InputStream in = JfioVersion.class.getResourceAsStream("/io/jfio/engine/jfio-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
