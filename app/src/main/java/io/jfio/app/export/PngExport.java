package io.jfio.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.chart.XYChart;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * PNG pictures of the window or of one chart, at screen scale, scaled by a factor, or at a size the user
 * picks ({@link Size}). JavaFX thread (snapshots need it); the file is written on the same thread, as a
 * picture is a few hundred KB.
 */
public final class PngExport {

    /** Largest picture side in pixels: a 10,000 x 10,000 ARGB snapshot is already 400 MB. */
    public static final int MAX_SIDE_PX = 10_000;

    /**
     * A picture of exactly {@code widthPx} x {@code heightPx} pixels: the node is laid out at
     * {@code widthPx / scale} x {@code heightPx / scale} and drawn {@code scale} times larger, so a size of
     * 3200x1800 at scale 2 is the 1600x900 layout with twice the pixels, and 3200x1800 at scale 1 is a
     * wider layout with more room for the data. Immutable; any thread.
     */
    public record Size(int widthPx, int heightPx, double scale) {

        public Size {
            if (widthPx < 1 || heightPx < 1 || widthPx > MAX_SIDE_PX || heightPx > MAX_SIDE_PX) {
                throw new IllegalArgumentException("a picture side must be 1.." + MAX_SIDE_PX + " pixels: "
                        + widthPx + "x" + heightPx);
            }
            if (!(scale >= 0.25 && scale <= 8)) {
                throw new IllegalArgumentException("scale must be 0.25..8: " + scale);
            }
        }

        /** The node's present size, {@code scale} times the pixels ("screen scale" is 1). JavaFX thread. */
        public static Size of(Node node, double scale) {
            Bounds bounds = node.getLayoutBounds();
            return new Size((int) Math.round(bounds.getWidth() * scale), (int) Math.round(bounds.getHeight() * scale),
                    scale);
        }

        /**
         * What the user typed: {@code WIDTHxHEIGHT} in pixels (e.g. {@code 1920x1080}, laid out at that
         * size), or a scale factor of the present size ({@code 2x}, {@code 2}, {@code 150%}); empty when it is
         * neither or out of range.
         */
        public static Optional<Size> parse(String text, double presentWidth, double presentHeight) {
            String t = text.strip().toLowerCase(Locale.ROOT).replace('\u00d7', 'x').replace(" ", "");
            try {
                int x = t.indexOf('x');
                if (x > 0 && x < t.length() - 1) {
                    return Optional.of(new Size(Integer.parseInt(t.substring(0, x)), Integer.parseInt(t.substring(x + 1)), 1));
                }
                double scale = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100
                        : Double.parseDouble(t.endsWith("x") ? t.substring(0, t.length() - 1) : t);
                return Optional.of(new Size((int) Math.round(presentWidth * scale), (int) Math.round(presentHeight * scale),
                        scale));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return widthPx + "x" + heightPx + (scale == 1 ? "" : String.format(Locale.ROOT, " at %sx", scale));
        }
    }

    private PngExport() {
    }

    /** The whole window's scene, at screen scale. */
    public static void write(Scene scene, Path png) throws IOException {
        save(scene.snapshot(null), png);
    }

    /** One node (a chart) scaled by {@code scale} (1 for screen scale, 2 for twice the pixels). */
    public static void write(Node node, double scale, Path png) throws IOException {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        save(node.snapshot(parameters, null), png);
    }

    /** One node (a chart, or the scene's root for the whole window) at exactly {@code size}. */
    public static void write(Node node, Size size, Path png) throws IOException {
        save(snapshot(node, size), png);
    }

    /**
     * The node drawn at exactly {@code size}. A {@link Region} (a chart, a window's root) is laid out at the
     * size's logical width and height for the picture and put back before this returns, so the screen
     * never shows the other size (no pulse runs in between); chart animations are off meanwhile, so the
     * picture shows the final layout rather than the first frame of an axis animation. Another node is
     * scaled to fit. JavaFX thread.
     */
    public static WritableImage snapshot(Node node, Size size) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(node.getScene() != null && node.getScene().getFill() instanceof Color c ? c : Color.WHITE);
        if (!(node instanceof Region region)) {
            Bounds bounds = node.getLayoutBounds();
            parameters.setTransform(Transform.scale(size.widthPx() / bounds.getWidth(), size.heightPx() / bounds.getHeight()));
            return node.snapshot(parameters, new WritableImage(size.widthPx(), size.heightPx()));
        }
        double oldWidth = region.getWidth();
        double oldHeight = region.getHeight();
        boolean managed = region.isManaged();
        List<Runnable> restore = stopAnimations(region);
        try {
            // The snapshot runs a layout pass from the scene's root, which would give a managed chart back
            // the size its parent chose; unmanaged, it keeps the picture's size until it is put back.
            if (region.getParent() != null) {
                region.setManaged(false);
            }
            region.resize(size.widthPx() / size.scale(), size.heightPx() / size.scale());
            region.applyCss();
            region.layout();
            parameters.setTransform(Transform.scale(size.scale(), size.scale()));
            // A given image fixes the picture's size: exactly the chosen pixels, whatever the rounding.
            return region.snapshot(parameters, new WritableImage(size.widthPx(), size.heightPx()));
        } finally {
            region.resize(oldWidth, oldHeight);
            region.setManaged(managed);
            region.layout();
            restore.forEach(Runnable::run);
        }
    }

    private static List<Runnable> stopAnimations(Node node) {
        List<Runnable> restore = new ArrayList<>();
        List<Node> charts = new ArrayList<>(node.lookupAll(".chart"));
        if (node instanceof Chart && !charts.contains(node)) {
            charts.add(node);
        }
        for (Node n : charts) {
            if (n instanceof Chart chart) {
                boolean animated = chart.getAnimated();
                chart.setAnimated(false);
                restore.add(() -> chart.setAnimated(animated));
                if (chart instanceof XYChart<?, ?> xy) {
                    boolean x = xy.getXAxis().getAnimated();
                    boolean y = xy.getYAxis().getAnimated();
                    xy.getXAxis().setAnimated(false);
                    xy.getYAxis().setAnimated(false);
                    restore.add(() -> {
                        xy.getXAxis().setAnimated(x);
                        xy.getYAxis().setAnimated(y);
                    });
                }
            }
        }
        return restore;
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
