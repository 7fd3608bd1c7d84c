package io.jfio.engine.stats;

import java.util.Arrays;

/**
 * The percentiles to report, ascending: fio's default list or a {@code percentile_list}. Immutable; any thread.
 */
public final class PercentileList {

    /** fio's default: 1, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 99, 99.5, 99.9, 99.95, 99.99. */
    public static final PercentileList FIO_DEFAULT = new PercentileList(new double[] {
        1, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 99, 99.5, 99.9, 99.95, 99.99});

    /** fio accepts at most this many entries in {@code percentile_list}. */
    public static final int MAX_ENTRIES = 20;

    private final double[] percents;

    private PercentileList(double[] percents) {
        this.percents = percents;
    }

    /** A list of percents in 0..100, sorted ascending (duplicates removed), as fio sorts them. */
    public static PercentileList of(double... percents) {
        if (percents.length == 0 || percents.length > MAX_ENTRIES) {
            throw new IllegalArgumentException("percentile_list needs 1 to " + MAX_ENTRIES + " entries, got "
                    + percents.length);
        }
        double[] sorted = percents.clone();
        for (double p : sorted) {
            if (!(p >= 0 && p <= 100)) {
                throw new IllegalArgumentException("percentile out of 0..100: " + p);
            }
        }
        Arrays.sort(sorted);
        return new PercentileList(Arrays.stream(sorted).distinct().toArray());
    }

    /** Parses fio's {@code percentile_list} syntax: percents separated by ':' ("99:99.9:99.99"). */
    public static PercentileList parse(String text) {
        String[] parts = text.trim().split(":");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("percentile_list: '" + parts[i].trim() + "' is not a number");
            }
        }
        return of(values);
    }

    /** Number of percentiles. */
    public int size() {
        return percents.length;
    }

    /** The {@code i}-th percent, ascending. */
    public double get(int i) {
        return percents[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PercentileList other && Arrays.equals(percents, other.percents);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(percents);
    }

    @Override
    public String toString() {
        return "PercentileList" + Arrays.toString(percents);
    }
}
