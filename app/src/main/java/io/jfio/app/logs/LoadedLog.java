package io.jfio.app.logs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.jfio.app.results.TimePoint;
import io.jfio.engine.output.log.FioLogType;
import io.jfio.model.result.Direction;

/**
 * One fio-format log read for plotting: its kind, and per data direction its values over time (seconds
 * since the job's start; nanoseconds for lat/clat/slat, KiB/s for bw, IOPS for iops), thinned to a
 * bounded number of points for long per-I/O logs. Immutable; any thread.
 *
 * @param file        the log
 * @param type        its kind, from its name
 * @param entries     entries read
 * @param byDirection points per direction that has entries, in direction order
 */
public record LoadedLog(Path file, FioLogType type, long entries, Map<Direction, List<TimePoint>> byDirection) {

    public LoadedLog {
        Map<Direction, List<TimePoint>> copy = new java.util.EnumMap<>(Direction.class);
        byDirection.forEach((direction, points) -> copy.put(direction, List.copyOf(points)));
        byDirection = java.util.Collections.unmodifiableMap(copy);
    }

    /** The file's name, as legends show it. */
    public String name() {
        return file.getFileName().toString();
    }
}
