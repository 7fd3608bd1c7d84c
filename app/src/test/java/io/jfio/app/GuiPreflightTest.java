package io.jfio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class GuiPreflightTest {

    @Test
    void headlessNeedsNeitherGtkNorDisplay() {
        assertEquals(Optional.empty(), GuiPreflight.problem(Map.of(), true));
    }

    @Test
    void missingDisplayOrGtkIsOneActionableLine() {
        Optional<String> problem = GuiPreflight.problem(Map.of(), false);
        assertTrue(problem.isPresent());
        String line = problem.get();
        assertTrue(!line.contains("\n"), line);
        if (GuiPreflight.gtkInstalled()) {
            assertTrue(line.contains("xvfb-run"), line);
        } else {
            assertTrue(line.endsWith(GuiPreflight.GTK_INSTALL_LINE), line);
        }
    }

    @Test
    void displaySetAndGtkPresentStarts() {
        Optional<String> problem = GuiPreflight.problem(Map.of("DISPLAY", ":99"), false);
        assertEquals(GuiPreflight.gtkInstalled() ? Optional.empty() : Optional.of(
                "jfio: the GUI needs GTK 3 (libgtk-3.so.0 not found); install it with: apt-get install -y libgtk-3-0"),
                problem);
    }
}
