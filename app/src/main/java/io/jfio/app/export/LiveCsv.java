package io.jfio.app.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.jfio.app.live.LivePoint;
import io.jfio.app.live.LiveSeries;
import io.jfio.app.live.LiveViewModel;

/**
 * The live view's series as CSV, one row per point: {@code chart,series,seconds,value} with IOPS, KiB/s
 * and nanoseconds as the charts' units. These are the points on screen (older ones thinned on long
 * runs); the job's log files keep every window. JavaFX thread (the series belong to it).
 */
public final class LiveCsv {

    /** The header row. */
    public static final String HEADER = "chart,series,seconds,value";

    private LiveCsv() {
    }

    public static void write(LiveViewModel model, Path csv) throws IOException {
        Path parent = csv.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            write(model, out);
        }
    }

    public static void write(LiveViewModel model, Writer out) throws IOException {
        out.write(HEADER + "\n");
        rows(out, "iops", model.iopsSeries());
        rows(out, "bandwidth_kibps", model.bandwidthSeries());
        rows(out, "clat_nanos", model.latencySeries());
    }

    private static void rows(Writer out, String chart, List<LiveSeries> series) throws IOException {
        for (LiveSeries s : series) {
            String name = quote(s.name());
            for (LivePoint p : s.points()) {
                out.write(chart + "," + name + "," + String.format(Locale.ROOT, "%.3f", p.seconds()) + ","
                        + number(p.value()) + "\n");
            }
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.3f", value);
    }

    /** RFC 4180 quoting when the name holds a comma, a quote or a line break. */
    static String quote(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
