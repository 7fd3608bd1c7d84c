package io.jfio.app.logs;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.jfio.engine.output.log.FioLogType;

/**
 * What a log's file name says, as fio 3.33 (and jfio, see {@link FioLogType#fileName}) forms it:
 * {@code PREFIX_TYPE[.N].log[.fz]} with TYPE one of lat, clat, slat, bw, iops, clat_hist and N the job
 * number ({@code per_job_logs=0} leaves it out). fio's HOWTO calls a histogram log {@code name_hist.x.log},
 * but fio 3.33 writes {@code name_clat_hist.x.log}, and only that is read. The one reader of these names
 * (Open Logs and {@code jfio plot}). Immutable; any thread.
 *
 * @param prefix   the {@code write_*_log} prefix
 * @param type     the kind of log
 * @param jobIndex the job number, or 0 when the name has none
 */
public record FioLogName(String prefix, FioLogType type, int jobIndex) {

    /** The types' names as fio writes them, for messages: "lat, clat, slat, bw, iops or clat_hist". */
    public static final String TYPES = Arrays.stream(FioLogType.values()).map(FioLogType::suffix)
            .collect(Collectors.joining(", ")).replaceFirst(", (\\w+)$", " or $1");

    /** The form of a name, for messages. */
    public static final String FORM = "PREFIX_TYPE[.N].log[.fz], TYPE " + TYPES;

    private static final Pattern NAME = Pattern.compile("(.+)_(" + Arrays.stream(FioLogType.values())
            .map(FioLogType::suffix).collect(Collectors.joining("|")) + ")(?:\\.(\\d{1,9}))?\\.log(?:\\.fz)?");

    /** The parts of {@code file}'s name, or empty if it is not named as a fio log. */
    public static Optional<FioLogName> of(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FioLogName(m.group(1), type(m.group(2)).orElseThrow(),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
    }

    /** The type a name's TYPE part stands for ("clat_hist"), or empty for anything else. */
    public static Optional<FioLogType> type(String suffix) {
        return Arrays.stream(FioLogType.values()).filter(t -> t.suffix().equals(suffix)).findFirst();
    }
}
