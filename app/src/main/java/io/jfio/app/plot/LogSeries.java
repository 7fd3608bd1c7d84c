package io.jfio.app.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jfio.model.log.FioLogReader;
import io.jfio.model.log.LogEntry;

/**
 * One line of a plot: one log file's entries of one data direction, time in seconds and the value in the
 * kind's unit (nanoseconds, KiB/s, IOPS). Immutable after {@link #read}; any thread.
 */
public record LogSeries(String name, LogKind kind, double[] seconds, double[] values) {

    private static final String[] DIRECTIONS = {"read", "write", "trim"};

    /** The number of points. */
    public int size() {
        return seconds.length;
    }

    /**
     * Reads {@code file} (jfio's or fio's format) into one series per direction it holds, named
     * "FILE read" etc.
     *
     * @throws IOException when the file cannot be read or a line is malformed (the message names it)
     */
    public static List<LogSeries> read(Path file, LogKind kind) throws IOException {
        Map<Integer, List<LogEntry>> byDirection = new LinkedHashMap<>();
        try (FioLogReader reader = FioLogReader.open(file)) {
            for (LogEntry entry = reader.next(); entry != null; entry = reader.next()) {
                byDirection.computeIfAbsent(entry.ddir(), d -> new ArrayList<>()).add(entry);
            }
        }
        List<LogSeries> series = new ArrayList<>();
        byDirection.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<LogEntry> entries = e.getValue();
            double[] seconds = new double[entries.size()];
            double[] values = new double[entries.size()];
            for (int i = 0; i < entries.size(); i++) {
                seconds[i] = entries.get(i).timeMillis() / 1000.0;
                values[i] = entries.get(i).value();
            }
            int ddir = e.getKey();
            String direction = ddir >= 0 && ddir < DIRECTIONS.length ? DIRECTIONS[ddir] : "ddir " + ddir;
            series.add(new LogSeries(file.getFileName() + " " + direction, kind, seconds, values));
        });
        return series;
    }
}
