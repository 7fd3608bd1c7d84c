package io.jfio.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Checks, before JavaFX starts, that the GUI can open a window here: GTK 3 is installed and a display is
 * set. JavaFX's own failures for these cases are stack traces; this says what to do in one line.
 * Stateless; any thread.
 */
public final class GuiPreflight {

    /** The Debian/Ubuntu command that installs the library JavaFX's Linux glass toolkit needs. */
    public static final String GTK_INSTALL_LINE = "apt-get install -y libgtk-3-0";

    private static final String GTK_LIBRARY = "libgtk-3.so.0";
    private static final List<Path> LIBRARY_DIRS = List.of(
            Path.of("/usr/lib/x86_64-linux-gnu"), Path.of("/usr/lib/aarch64-linux-gnu"),
            Path.of("/usr/lib64"), Path.of("/usr/lib"), Path.of("/lib/x86_64-linux-gnu"));

    private GuiPreflight() {
    }

    /**
     * The reason the GUI cannot start, or empty when it can.
     *
     * @param environment the process environment (a parameter so tests can vary it)
     * @param headless    true when running under Monocle (tests): no GTK or display needed
     */
    public static Optional<String> problem(Map<String, String> environment, boolean headless) {
        if (headless) {
            return Optional.empty();
        }
        if (!gtkInstalled()) {
            return Optional.of("jfio: the GUI needs GTK 3 (" + GTK_LIBRARY + " not found); install it with: "
                    + GTK_INSTALL_LINE);
        }
        if (isBlank(environment.get("DISPLAY")) && isBlank(environment.get("WAYLAND_DISPLAY"))) {
            return Optional.of("jfio: the GUI needs a display (DISPLAY is not set); run it on a desktop, "
                    + "or headless with: xvfb-run ./jfio --gui");
        }
        return Optional.empty();
    }

    static boolean gtkInstalled() {
        for (Path dir : LIBRARY_DIRS) {
            if (Files.exists(dir.resolve(GTK_LIBRARY))) {
                return true;
            }
        }
        return ldconfigKnows(GTK_LIBRARY);
    }

    private static boolean ldconfigKnows(String library) {
        for (String ldconfig : List.of("/sbin/ldconfig", "/usr/sbin/ldconfig")) {
            if (!Files.isExecutable(Path.of(ldconfig))) {
                continue;
            }
            try {
                Process process = new ProcessBuilder(ldconfig, "-p").redirectErrorStream(true).start();
                String cache = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor(5, TimeUnit.SECONDS);
                return cache.contains(library);
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
