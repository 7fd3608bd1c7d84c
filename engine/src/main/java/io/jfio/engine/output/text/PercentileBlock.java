package io.jfio.engine.output.text;

import io.jfio.engine.output.FioFormat;
import io.jfio.model.result.Percentile;

import java.util.List;

/**
 * fio's percentile block of the text report:
 * <pre>
 *     clat percentiles (usec):
 *      |  1.00th=[   69],  5.00th=[   73], 10.00th=[   74], 20.00th=[   76],
 *      | 99.99th=[  241]
 * </pre>
 * Values are rounded up to the unit; the value column is as wide as the largest value (at least 5), the
 * percents show the list's decimals, and as many entries fit a line as fit in 73 columns. Stateless;
 * any thread.
 */
final class PercentileBlock {

    private static final int LINE_WIDTH = 80 - 7;

    private PercentileBlock() {
    }

    /**
     * The block, or "" without percentiles.
     *
     * @param name      "clat", "lat", "slat" or "sync"
     * @param decimals  decimals of the percents
     */
    static String render(String name, List<Percentile> percentiles, int decimals) {
        if (percentiles.isEmpty()) {
            return "";
        }
        long min = Long.MAX_VALUE;
        long max = 0;
        for (Percentile p : percentiles) {
            min = Math.min(min, p.valueNanos());
            max = Math.max(max, p.valueNanos());
        }
        LatencyScale scale = LatencyScale.forPercentiles(min, max);
        int width = Math.max(5, Long.toString(scale.floor(max)).length());
        int perLine = Math.max(1, LINE_WIDTH / (decimals + 10 + width));
        StringBuilder out = new StringBuilder();
        out.append("    ").append(name).append(" percentiles (").append(scale.label()).append("):\n");
        out.append("     |");
        for (int i = 0; i < percentiles.size(); i++) {
            Percentile p = percentiles.get(i);
            boolean last = i == percentiles.size() - 1;
            out.append(' ').append(FioFormat.fixed(p.percent(), decimals + 3, decimals)).append("th=[")
                    .append(FioFormat.padLeft(scale.ceil(p.valueNanos()), width)).append(']')
                    .append(last ? '\n' : ',');
            if (!last && i % perLine == perLine - 1) {
                out.append("\n     |");
            }
        }
        return out.toString();
    }
}
