package io.jfio.app.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.jfio.model.log.FioHistogramBins;
import io.jfio.model.log.FioLogFormatException;
import io.jfio.model.log.FioLogReader;
import io.jfio.model.log.HistogramLogEntry;

/**
 * Turns a completion latency histogram log ({@code write_hist_log}, {@code P_clat_hist.N.log}, fio's or
 * jfio's) into latency percentiles over time: one point per line (one {@code log_hist_msec} window of one
 * direction) for p50, p90, p99, p99.9 and max. A percentile is the first bin whose cumulative count
 * reaches p% of the line's samples, taken at the bin's middle, as fio computes its report's percentiles;
 * "max" is the middle of the highest non-empty bin. Stateless; any thread.
 */
public final class HistogramPercentiles {

    /** The percentiles drawn, before "max". */
    public static final List<Double> PERCENTILES = List.of(50.0, 90.0, 99.0, 99.9);

    private static final String[] DIRECTIONS = {"read", "write", "trim"};

    private HistogramPercentiles() {
    }

    /**
     * The latency in nanoseconds at {@code percentile} (0 &lt; p &le; 100) of one line's bins; NaN for a
     * line without samples.
     *
     * @throws IllegalArgumentException when the line's bin count is not 1856 &gt;&gt; coarseness
     */
    public static double percentileNanos(HistogramLogEntry line, double percentile) {
        int coarseness = coarsenessOf(line);
        long total = line.total();
        if (total == 0) {
            return Double.NaN;
        }
        double rank = percentile / 100.0 * total;
        long cumulative = 0;
        for (int i = 0; i < line.binCount(); i++) {
            cumulative += line.binCount(i);
            if (cumulative > 0 && cumulative >= rank) {
                return binValueNanos(i, coarseness);
            }
        }
        return binValueNanos(line.binCount() - 1, coarseness);
    }

    /** The latency in nanoseconds of the highest non-empty bin; NaN for a line without samples. */
    public static double maxNanos(HistogramLogEntry line) {
        int coarseness = coarsenessOf(line);
        for (int i = line.binCount() - 1; i >= 0; i--) {
            if (line.binCount(i) > 0) {
                return binValueNanos(i, coarseness);
            }
        }
        return Double.NaN;
    }

    /**
     * The latency a bin of a line written at {@code coarseness} stands for: the middle of the range its
     * 2^coarseness fine bins cover (at coarseness 0, fio's own bin middle).
     */
    public static double binValueNanos(int index, int coarseness) {
        int stride = 1 << coarseness;
        int first = index * stride;
        int last = first + stride - 1;
        if (stride == 1) {
            return FioHistogramBins.midValueNanos(first);
        }
        double low = FioHistogramBins.lowerBoundNanos(first);
        double high = 2 * FioHistogramBins.midValueNanos(last) - FioHistogramBins.lowerBoundNanos(last);
        return (low + high) / 2;
    }

    /**
     * Reads {@code file} into one latency series per direction and percentile, named "FILE read p99" and
     * "FILE read max", time in seconds and values in nanoseconds. Lines without samples are left out.
     *
     * @throws IOException when the file cannot be read or a line is not a fio 3.33 histogram line (the
     *                     message names the file and line)
     */
    public static List<LogSeries> read(Path file) throws IOException {
        Map<Integer, List<double[]>> byDirection = new LinkedHashMap<>();
        long lineNumber = 0;
        try (FioLogReader reader = FioLogReader.open(file)) {
            for (HistogramLogEntry line = reader.nextHistogram(); line != null; line = reader.nextHistogram()) {
                lineNumber++;
                if (line.coarseness() < 0) {
                    throw new FioLogFormatException(file, lineNumber, line.binCount()
                            + " bins: not a fio 3.33 histogram line (1856 bins, or 1856 / 2^log_hist_coarseness)");
                }
                if (line.total() == 0) {
                    continue;
                }
                double[] point = new double[PERCENTILES.size() + 2];
                point[0] = line.timeMillis() / 1000.0;
                for (int p = 0; p < PERCENTILES.size(); p++) {
                    point[p + 1] = percentileNanos(line, PERCENTILES.get(p));
                }
                point[point.length - 1] = maxNanos(line);
                byDirection.computeIfAbsent(line.ddir(), d -> new ArrayList<>()).add(point);
            }
        }
        List<LogSeries> series = new ArrayList<>();
        byDirection.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<double[]> points = e.getValue();
            int ddir = e.getKey();
            String direction = ddir >= 0 && ddir < DIRECTIONS.length ? DIRECTIONS[ddir] : "ddir " + ddir;
            double[] seconds = points.stream().mapToDouble(point -> point[0]).toArray();
            for (int column = 1; column <= PERCENTILES.size() + 1; column++) {
                int c = column;
                String label = column <= PERCENTILES.size() ? "p" + percentileLabel(PERCENTILES.get(column - 1)) : "max";
                series.add(new LogSeries(file.getFileName() + " " + direction + " " + label, LogKind.LATENCY,
                        seconds.clone(), points.stream().mapToDouble(point -> point[c]).toArray()));
            }
        });
        return series;
    }

    private static String percentileLabel(double percentile) {
        return percentile == Math.rint(percentile) ? String.valueOf((long) percentile)
                : String.format(Locale.ROOT, "%s", percentile);
    }

    private static int coarsenessOf(HistogramLogEntry line) {
        int coarseness = line.coarseness();
        if (coarseness < 0) {
            throw new IllegalArgumentException(line.binCount()
                    + " bins: not a fio 3.33 histogram line (1856 bins, or 1856 / 2^log_hist_coarseness)");
        }
        return coarseness;
    }
}
