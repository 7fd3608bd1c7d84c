package io.jfio.app.chart;

import java.util.List;

/**
 * Finds the point nearest to the mouse among several lines, measured on screen (axis units times pixels
 * per unit), each line ascending in x (time, or percentile): a binary search per line, so hovering stays
 * cheap on long runs. Immutable; any thread.
 */
public final class NearestPoint {

    /** One line's points, ascending in x. */
    public interface Points {
        int size();

        double x(int index);

        double y(int index);
    }

    /** The point found: which line, which point, its axis values and its distance in pixels. */
    public record Hit(int line, int index, double x, double y, double distancePixels) {
    }

    private NearestPoint() {
    }

    /**
     * The nearest point within {@code maxPixels} of (x, y), or {@code null}.
     *
     * @param xPixelsPerUnit screen pixels per x axis unit
     * @param yPixelsPerUnit screen pixels per y axis unit
     */
    public static Hit find(List<? extends Points> lines, double x, double y, double xPixelsPerUnit,
                           double yPixelsPerUnit, double maxPixels) {
        Hit best = null;
        for (int line = 0; line < lines.size(); line++) {
            Points points = lines.get(line);
            if (points == null || points.size() == 0) {
                continue;
            }
            int at = insertionPoint(points, x);
            // the nearest on screen is near the nearest in x, unless the line is steep: look a few either side
            for (int i = Math.max(0, at - 3); i < Math.min(points.size(), at + 3); i++) {
                double dx = (points.x(i) - x) * xPixelsPerUnit;
                double dy = (points.y(i) - y) * yPixelsPerUnit;
                double d = Math.hypot(dx, dy);
                if (d <= maxPixels && (best == null || d < best.distancePixels())) {
                    best = new Hit(line, i, points.x(i), points.y(i), d);
                }
            }
        }
        return best;
    }

    // The first index whose x is at least x (size if none).
    private static int insertionPoint(Points points, double x) {
        int low = 0;
        int high = points.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (points.x(mid) < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
