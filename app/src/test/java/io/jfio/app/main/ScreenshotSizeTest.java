package io.jfio.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import io.jfio.app.export.PngExport;
import io.jfio.app.settings.MemorySettings;
import io.jfio.app.task.SameThreadTaskExecutor;

import javafx.scene.chart.LineChart;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Screenshots of the window and of a chart at a size the user picks, headless (issue 6's export). */
@ExtendWith(ApplicationExtension.class)
class ScreenshotSizeTest {

    private MainWindow window;
    private ScriptedDialogs dialogs;

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) {
        dialogs = new ScriptedDialogs(stage);
        dialogs.recordErrors = true;
        window = MainWindow.withLiveRuns(stage, new SameThreadTaskExecutor(), new MemorySettings(), dialogs);
        stage.setWidth(1024);
        stage.setHeight(700);
        window.show();
    }

    /** A short run, so that the charts have lines, axes and a legend to draw. */
    private void runOneSecond(FxRobot robot) throws Exception {
        LiveRunTest.runToTheEnd(robot, window, LiveRunTest.THREE_SECOND_NULL_JOB.replace("runtime=3", "runtime=1"));
    }

    private static BufferedImage read(Path png) throws Exception {
        return ImageIO.read(png.toFile());
    }

    /** Distinct colours in a rectangle of the picture (every fourth pixel): plain background has one. */
    private static int coloursIn(BufferedImage picture, int x0, int y0, int x1, int y1) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = y0; y < y1; y += 4) {
            for (int x = x0; x < x1; x += 4) {
                seen.add(picture.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void theWindowAtAChosenSizeIsExactlyThatSizeAndNotBlank(FxRobot robot) throws Exception {
        Path png = temp.resolve("window.png");
        dialogs.filesToSave.add(png);
        robot.interact(() -> window.exportScreenshotAt(new PngExport.Size(1920, 1080, 1)));
        BufferedImage picture = read(png);
        assertEquals(1920, picture.getWidth());
        assertEquals(1080, picture.getHeight());
        assertTrue(LiveRunTest.colours(png) > 20, "colours: " + LiveRunTest.colours(png));
        // The window is laid out across the wider picture, not drawn at its 1024 px and padded with one fill.
        int beyondTheWindow = coloursIn(picture, 1100, 0, 1920, 1080);
        assertTrue(beyondTheWindow > 3, "colours right of 1100 px: " + beyondTheWindow);
        // Put back: the window itself keeps its size.
        javafx.scene.Scene scene = window.editorView().getScene();
        assertEquals(scene.getWidth(), scene.getRoot().getLayoutBounds().getWidth(), 0.5);
    }

    @Test
    void theMenuItemTakesASizeOrAScaleFactorTypedByTheUser(FxRobot robot) throws Exception {
        double width = window.editorView().getScene().getRoot().getLayoutBounds().getWidth();
        double height = window.editorView().getScene().getRoot().getLayoutBounds().getHeight();
        Path sized = temp.resolve("sized.png");
        dialogs.textAnswers.add("800 x 600");
        dialogs.filesToSave.add(sized);
        robot.interact(window::exportScreenshotAtSize);
        assertEquals(800, read(sized).getWidth());
        assertEquals(600, read(sized).getHeight());
        assertTrue(LiveRunTest.colours(sized) > 20);

        Path scaled = temp.resolve("scaled.png");
        dialogs.textAnswers.add("1.5x");
        dialogs.filesToSave.add(scaled);
        robot.interact(window::exportScreenshotAtSize);
        assertEquals(Math.round(width * 1.5), read(scaled).getWidth());
        assertEquals(Math.round(height * 1.5), read(scaled).getHeight());
        assertTrue(LiveRunTest.colours(scaled) > 20);
    }

    @Test
    void aSizeThatIsNeitherIsOneErrorAndNoFile(FxRobot robot) {
        dialogs.textAnswers.add("huge");
        Path never = temp.resolve("never.png");
        dialogs.filesToSave.add(never);
        robot.interact(window::exportScreenshotAtSize);
        assertEquals(1, dialogs.errorsShown.size());
        assertTrue(dialogs.errorsShown.peek().startsWith("\"huge\": expected WIDTHxHEIGHT"), dialogs.errorsShown.peek());
        assertFalse(never.toFile().exists());
        assertEquals(1, dialogs.filesToSave.size(), "no file was asked for");
    }

    @Test
    void aChartAtAChosenSizeIsExactlyThatSizeAndShowsItsLines(FxRobot robot) throws Exception {
        runOneSecond(robot);
        robot.interact(() -> window.showTab(1));
        WaitForAsyncUtils.waitForFxEvents();
        LineChart<Number, Number> chart = window.liveView().latencyChart();
        double widthBefore = chart.getWidth();
        Path png = temp.resolve("latency.png");
        robot.interact(() -> {
            try {
                PngExport.write(chart, new PngExport.Size(1600, 900, 1), png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage picture = read(png);
        assertEquals(1600, picture.getWidth());
        assertEquals(900, picture.getHeight());
        assertTrue(LiveRunTest.colours(png) > 20, "colours: " + LiveRunTest.colours(png));
        // Laid out at 1600x900: its legend and time axis are at the bottom, not at the on-screen height.
        int bottom = coloursIn(picture, 0, 800, 1600, 900);
        assertTrue(bottom > 3, "colours below 800 px: " + bottom);
        assertEquals(widthBefore, chart.getWidth(), 0.0, "the chart on screen keeps its size");

        Path doubled = temp.resolve("latency-2x.png");
        robot.interact(() -> {
            try {
                PngExport.write(chart, new PngExport.Size(1200, 700, 2), doubled);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(1200, read(doubled).getWidth());
        assertEquals(700, read(doubled).getHeight());
        assertTrue(LiveRunTest.colours(doubled) > 20);
    }

    @Test
    void typedSizesAreReadAsPixelsOrAsAScaleOfThePresentSize() {
        assertEquals(Optional.of(new PngExport.Size(1920, 1080, 1)), PngExport.Size.parse("1920x1080", 1000, 500));
        assertEquals(Optional.of(new PngExport.Size(1920, 1080, 1)), PngExport.Size.parse(" 1920 \u00d7 1080 ", 1000, 500));
        assertEquals(Optional.of(new PngExport.Size(2000, 1000, 2)), PngExport.Size.parse("2x", 1000, 500));
        assertEquals(Optional.of(new PngExport.Size(1500, 750, 1.5)), PngExport.Size.parse("150%", 1000, 500));
        assertEquals(Optional.of(new PngExport.Size(500, 250, 0.5)), PngExport.Size.parse("0.5", 1000, 500));
        assertEquals(Optional.empty(), PngExport.Size.parse("20000x100", 1000, 500));
        assertEquals(Optional.empty(), PngExport.Size.parse("10x", 1000, 500));
        assertEquals(Optional.empty(), PngExport.Size.parse("wide", 1000, 500));
    }
}
