package io.jfio.app.results;

import java.util.ArrayList;
import java.util.List;

import io.jfio.app.chart.NamedDistribution;

/**
 * A run's final latency distributions for the nines chart: one per reported job and direction that
 * recorded the chosen latency (clat, lat or slat), from the summary the reports print (its histogram when
 * the engine kept one: the whole distribution; else its percentiles, minimum and maximum).
 * Stateless; any thread.
 */
public final class RunDistributions {

    /** The latency kinds, in the reports' order. */
    public static final List<String> KINDS = List.of("clat", "lat", "slat");

    private RunDistributions() {
    }

    /**
     * The distributions of {@code kind} among {@code rows}, named {@code prefix} + "seq read".
     *
     * @param prefix "" for one run, "Run 2 · " when runs are compared
     */
    public static List<NamedDistribution> of(List<LatencyRow> rows, String kind, String prefix) {
        List<NamedDistribution> out = new ArrayList<>();
        for (LatencyRow row : rows) {
            if (row.kind().equals(kind)) {
                out.add(NamedDistribution.fromSummary(prefix + row.jobLabel() + " " + row.direction(), row.summary()));
            }
        }
        return out;
    }
}
