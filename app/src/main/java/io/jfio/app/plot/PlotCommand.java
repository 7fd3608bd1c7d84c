package io.jfio.app.plot;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import io.jfio.app.logs.FioLogName;
import io.jfio.engine.output.log.FioLogType;

/**
 * {@code jfio plot [--kind TYPE] LOG... [-o out.png] [--size 1600x900]}: renders fio-format latency, bandwidth
 * and IOPS logs and latency histogram logs (as percentiles over time; jfio's or fio's, plain or {@code .fz})
 * to a PNG without a display. What a log holds comes from its name as fio forms it ({@link FioLogName});
 * {@code --kind TYPE} (lat, clat, slat, bw, iops or clat_hist) says it for the logs after it, whatever their
 * names. Errors are one line on stderr; exit status 0 on success, 1 on an error. One thread.
 */
public final class PlotCommand {

    static final String USAGE = "usage: jfio plot [--kind TYPE] LOG... [-o out.png] [--size WIDTHxHEIGHT]";

    private final PrintStream out;
    private final PrintStream err;

    public PlotCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(new PlotCommand(System.out, System.err).run(args));
    }

    /** Runs the command; returns the exit status. */
    public int run(String... args) {
        List<Path> logs = new ArrayList<>();
        // the --kind in force for each log, null where the name says
        List<FioLogType> kinds = new ArrayList<>();
        FioLogType kind = null;
        Path output = Path.of("jfio-plot.png");
        int width = 1600;
        int height = 900;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE);
                return 0;
            } else if (arg.equals("-o") || arg.equals("--output")) {
                if (++i == args.length) {
                    return fail(arg + " needs a file name");
                }
                output = Path.of(args[i]);
            } else if (arg.equals("--size") || arg.startsWith("--size=")) {
                String value = arg.startsWith("--size=") ? arg.substring("--size=".length())
                        : ++i < args.length ? args[i] : null;
                int[] size = value == null ? null : parseSize(value);
                if (size == null) {
                    return fail("--size needs WIDTHxHEIGHT, from 200x150 to 10000x10000 (e.g. 1600x900)");
                }
                width = size[0];
                height = size[1];
            } else if (arg.equals("--kind") || arg.startsWith("--kind=")) {
                String value = arg.startsWith("--kind=") ? arg.substring("--kind=".length())
                        : ++i < args.length ? args[i] : "";
                Optional<FioLogType> given = FioLogName.type(value);
                if (given.isEmpty()) {
                    return fail("--kind needs " + FioLogName.TYPES + (value.isEmpty() ? "" : ", not '" + value + "'"));
                }
                kind = given.get();
            } else if (arg.startsWith("-")) {
                return fail("unknown option " + arg + " (" + USAGE + ")");
            } else {
                logs.add(Path.of(arg));
                kinds.add(kind);
            }
        }
        if (logs.isEmpty()) {
            return fail("no log files given (" + USAGE + ")");
        }
        List<LogSeries> series = new ArrayList<>();
        for (int i = 0; i < logs.size(); i++) {
            Path log = logs.get(i);
            Optional<FioLogType> type = Optional.ofNullable(kinds.get(i))
                    .or(() -> FioLogName.of(log).map(FioLogName::type));
            if (type.isEmpty()) {
                return fail(log + ": not named as a fio log (" + FioLogName.FORM + "); give its type with --kind TYPE"
                        + " before it");
            }
            if (!Files.isRegularFile(log)) {
                return fail(log + ": no such file");
            }
            List<LogSeries> read;
            try {
                read = type.get() == FioLogType.CLAT_HIST ? HistogramPercentiles.read(log)
                        : LogSeries.read(log, LogKind.of(type.get()));
            } catch (IOException e) {
                return fail(e.getMessage() == null ? log + ": cannot read" : e.getMessage());
            }
            if (read.isEmpty()) {
                // fio writes an empty slat log for a synchronous engine, for one
                err.println("jfio plot: " + log + ": no samples, nothing drawn from it");
            }
            series.addAll(read);
        }
        if (series.isEmpty()) {
            return fail("nothing to plot: the logs given hold no samples; no picture written");
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(LogPlotRenderer.render(series, width, height), "png", output.toFile());
        } catch (IOException e) {
            return fail(output + ": cannot write: " + e.getMessage());
        }
        out.println("jfio plot: wrote " + output + " (" + width + "x" + height + ", " + series.size()
                + (series.size() == 1 ? " series)" : " series)"));
        return 0;
    }

    static int[] parseSize(String value) {
        String[] parts = value.toLowerCase(java.util.Locale.ROOT).split("x");
        if (parts.length != 2) {
            return null;
        }
        try {
            int w = Integer.parseInt(parts[0].strip());
            int h = Integer.parseInt(parts[1].strip());
            return w < 200 || h < 150 || w > 10_000 || h > 10_000 ? null : new int[] {w, h};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int fail(String message) {
        err.println("jfio plot: " + message);
        return 1;
    }
}
