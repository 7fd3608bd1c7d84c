package io.jfio.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

/**
 * PNG pictures of the window or of one chart, at screen scale or scaled by a factor. JavaFX thread
 * (snapshots need it); the file is written on the same thread, as a picture is a few hundred KB.
 */
public final class PngExport {

    private PngExport() {
    }

    /** The whole window's scene. */
    public static void write(Scene scene, Path png) throws IOException {
        save(scene.snapshot(null), png);
    }

    /** One node (a chart) scaled by {@code scale} (1 for screen scale, 2 for twice the pixels). */
    public static void write(Node node, double scale, Path png) throws IOException {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        save(node.snapshot(parameters, null), png);
    }

    private static void save(WritableImage image, Path png) throws IOException {
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile())) {
            throw new IOException(png + ": no PNG writer");
        }
    }
}
