package io.jfio.app.plot;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What a fio-format log holds, known from its name as fio writes it ({@code PREFIX_clat.N.log},
 * {@code PREFIX_bw.N.log}, {@code PREFIX_iops.N.log}, optionally {@code .fz}); histogram logs
 * ({@code PREFIX_clat_hist.N.log}) are read by {@link HistogramPercentiles} into {@link #LATENCY} series.
 * Immutable; any thread.
 */
public enum LogKind {
    /** lat, clat or slat logs: nanoseconds, drawn on a logarithmic axis. */
    LATENCY("Latency"),
    /** bw logs: KiB/s. */
    BANDWIDTH("Bandwidth (KiB/s)"),
    /** iops logs: I/Os per second. */
    IOPS("IOPS");

    private final String title;

    LogKind(String title) {
        this.title = title;
    }

    /** The chart title. */
    public String title() {
        return title;
    }

    /** The kind of {@code file} from its name; empty for histogram logs and names fio does not write. */
    public static Optional<LogKind> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.contains("_hist")) {
            return Optional.empty();
        }
        if (name.contains("_clat.") || name.contains("_slat.") || name.contains("_lat.")) {
            return Optional.of(LATENCY);
        }
        if (name.contains("_bw.")) {
            return Optional.of(BANDWIDTH);
        }
        if (name.contains("_iops.")) {
            return Optional.of(IOPS);
        }
        return Optional.empty();
    }

    /** True for a latency histogram log ({@code write_hist_log}: {@code PREFIX_clat_hist.N.log}). */
    public static boolean isHistogram(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).contains("_clat_hist.");
    }

    /** The latency measure a latency log holds ("clat", "slat", "lat"), or the kind's short name. */
    public static String measure(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String m : new String[] {"clat", "slat", "lat", "bw", "iops"}) {
            if (name.contains("_" + m + ".")) {
                return m;
            }
        }
        return name;
    }
}
