package io.jfio.app.logs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jfio.app.results.TimePoint;
import io.jfio.engine.output.log.FioLogType;
import io.jfio.model.log.FioLogFormatException;
import io.jfio.model.log.FioLogReader;
import io.jfio.model.log.LogEntry;
import io.jfio.model.result.Direction;

/**
 * Reads a lat, clat, slat, bw or iops log (jfio's or fio's, plain or {@code .fz}) with
 * {@link FioLogReader} into a {@link LoadedLog}. Anything else fails with a {@link LogLoadException}
 * whose message is one line naming the file (and the line where the reader says). Stateless; any thread
 * (reading a large log takes a while: call it off the JavaFX thread).
 */
public final class LogLoader {

    /** Points kept per direction before thinning (see {@link PointThinner}). */
    public static final int MAX_POINTS = 2000;
    private static final double MILLIS_PER_SECOND = 1000.0;

    private LogLoader() {
    }

    /** Reads {@code file}. */
    public static LoadedLog load(Path file) throws LogLoadException {
        FioLogName name = FioLogName.of(file).orElseThrow(() -> new LogLoadException(file
                + ": not named as a fio log (PREFIX_lat.N.log, _clat, _slat, _bw or _iops; .fz when compressed)"));
        if (name.type() == FioLogType.CLAT_HIST) {
            throw new LogLoadException(file + ": a histogram log; Open Logs plots lat, clat, slat, bw and iops logs"
                    + " (jfio plot draws histogram logs)");
        }
        if (!Files.isRegularFile(file)) {
            throw new LogLoadException(file + ": no such file");
        }
        Map<Direction, PointThinner> thinners = new EnumMap<>(Direction.class);
        long entries = 0;
        try (FioLogReader reader = FioLogReader.open(file)) {
            for (LogEntry e = reader.next(); e != null; e = reader.next()) {
                if (e.ddir() < 0 || e.ddir() >= Direction.values().length) {
                    throw new LogLoadException(file + ": entry " + (entries + 1) + " has data direction " + e.ddir()
                            + " (expected 0, 1 or 2): not a fio log");
                }
                thinners.computeIfAbsent(Direction.values()[e.ddir()], d -> new PointThinner(MAX_POINTS))
                        .add(e.timeMillis() / MILLIS_PER_SECOND, e.value());
                entries++;
            }
        } catch (FioLogFormatException e) {
            throw new LogLoadException(oneLine(e.getMessage(), file) + " (not a fio log?)");
        } catch (NoSuchFileException e) {
            throw new LogLoadException(file + ": no such file");
        } catch (IOException | RuntimeException e) {
            throw new LogLoadException(file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : oneLine(e.getMessage(), file)));
        }
        if (entries == 0) {
            throw new LogLoadException(file + ": empty, no entries to plot");
        }
        Map<Direction, List<TimePoint>> points = new LinkedHashMap<>();
        thinners.forEach((direction, thinner) -> points.put(direction, thinner.points()));
        return new LoadedLog(file, name.type(), entries, points);
    }

    /** The message's first line, starting with the file when it does not already. */
    private static String oneLine(String message, Path file) {
        String line = message.lines().findFirst().orElse(message);
        return line.contains(file.toString()) ? line : file + ": " + line;
    }

    /** A log that cannot be plotted; the message is one line for the user. */
    public static final class LogLoadException extends Exception {
        private static final long serialVersionUID = 1L;

        public LogLoadException(String message) {
            super(message);
        }
    }
}
