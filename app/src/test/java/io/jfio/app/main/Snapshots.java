package io.jfio.app.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/** Writes a scene's picture to a PNG file. JavaFX thread. */
final class Snapshots {

    private Snapshots() {
    }

    static void write(Scene scene, Path png) throws IOException {
        WritableImage image = scene.snapshot(null);
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
    }
}
