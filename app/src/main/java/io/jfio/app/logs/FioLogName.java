package io.jfio.app.logs;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.jfio.engine.output.log.FioLogType;

/**
 * What a log's file name says, as fio (and jfio, see {@link FioLogType#fileName}) forms it:
 * {@code PREFIX_KIND[.N].log[.fz]} with KIND one of lat, clat, slat, bw, iops, clat_hist and N the job
 * number ({@code per_job_logs=0} leaves it out). Immutable; any thread.
 *
 * @param prefix   the {@code write_*_log} prefix
 * @param type     the kind of log
 * @param jobIndex the job number, or 0 when the name has none
 */
public record FioLogName(String prefix, FioLogType type, int jobIndex) {

    private static final Pattern NAME =
            Pattern.compile("(.+)_(clat_hist|lat|clat|slat|bw|iops)(?:\\.(\\d+))?\\.log(?:\\.fz)?");

    /** The parts of {@code file}'s name, or empty if it is not named as a fio log. */
    public static Optional<FioLogName> of(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        FioLogType type = switch (m.group(2)) {
            case "clat_hist" -> FioLogType.CLAT_HIST;
            case "lat" -> FioLogType.LAT;
            case "clat" -> FioLogType.CLAT;
            case "slat" -> FioLogType.SLAT;
            case "bw" -> FioLogType.BW;
            default -> FioLogType.IOPS;
        };
        return Optional.of(new FioLogName(m.group(1), type, m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
    }
}
