package io.jfio.app.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.jfio.app.chart.AxisFormats;
import io.jfio.app.live.LatencyAxisFormat;

/**
 * Draws log series to an image with Java2D, so that {@code jfio plot} needs no display and no JavaFX
 * toolkit: one chart per kind (latency on a logarithmic axis with adaptive units, bandwidth in MiB/s, IOPS) stacked
 * top to bottom, time in seconds across. A series with more points than the chart has pixel columns is
 * drawn per column as its min..max range and the line through the column means, so a long per-I/O log
 * keeps its spikes. Stateless; any thread.
 */
public final class LogPlotRenderer {

    /**
     * The window's sixteen line colours, in its order: Modena's eight, then the eight jfio.css gives lines 9 to
     * 16, so a plot made here looks like the same chart in the window.
     */
    static final Color[] PALETTE = {new Color(0xf3622d), new Color(0xfba71b), new Color(0x57b757),
            new Color(0x41a9c9), new Color(0x4258c9), new Color(0x9a42c8), new Color(0xc84164), new Color(0x888888),
            new Color(0x8c564b), new Color(0xe377c2), new Color(0xbcbd22), new Color(0x138d75),
            new Color(0x1f5f8b), new Color(0x9acd32), new Color(0x8b1a6b), new Color(0xff9896)};
    private static final int MARGIN_LEFT = 90;
    private static final int MARGIN_RIGHT = 24;
    private static final int MARGIN_TOP = 34;
    private static final int MARGIN_BOTTOM = 40;

    private LogPlotRenderer() {
    }

    /** The picture of {@code series} at {@code widthPx} x {@code heightPx}. */
    public static BufferedImage render(List<LogSeries> series, int widthPx, int heightPx) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthPx, heightPx);
            Map<LogKind, List<LogSeries>> byKind = new EnumMap<>(LogKind.class);
            for (LogSeries s : series) {
                byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
            }
            int panels = Math.max(1, byKind.size());
            int panelHeight = heightPx / panels;
            int index = 0;
            for (Map.Entry<LogKind, List<LogSeries>> panel : byKind.entrySet()) {
                drawPanel(g, panel.getKey(), panel.getValue(), 0, index * panelHeight, widthPx, panelHeight);
                index++;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawPanel(Graphics2D g, LogKind kind, List<LogSeries> series, int x0, int y0, int width,
                                  int height) {
        boolean log = kind == LogKind.LATENCY;
        double maxSeconds = 0;
        double minValue = Double.MAX_VALUE;
        double maxValue = 0;
        for (LogSeries s : series) {
            for (int i = 0; i < s.size(); i++) {
                maxSeconds = Math.max(maxSeconds, s.seconds()[i]);
                double v = y(kind, s.values()[i]);
                minValue = Math.min(minValue, v);
                maxValue = Math.max(maxValue, v);
            }
        }
        if (maxSeconds <= 0) {
            maxSeconds = 1;
        }
        double yMin = log ? Math.floor(minValue == Double.MAX_VALUE ? 0 : minValue) : 0;
        double yMax = log ? Math.max(yMin + 1, Math.ceil(maxValue)) : niceCeiling(maxValue);
        int left = x0 + MARGIN_LEFT;
        int top = y0 + MARGIN_TOP;
        int plotWidth = width - MARGIN_LEFT - MARGIN_RIGHT;
        int plotHeight = height - MARGIN_TOP - MARGIN_BOTTOM;
        if (plotWidth < 10 || plotHeight < 10) {
            return;
        }
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        g.setFont(font.deriveFont(Font.BOLD, 14f));
        g.setColor(Color.DARK_GRAY);
        g.drawString(kind.title(), left, y0 + 20);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();

        // Grid and labels: decades on the latency axis, five steps otherwise.
        g.setStroke(new BasicStroke(1f));
        List<Double> ticks = new ArrayList<>();
        if (log) {
            for (double d = yMin; d <= yMax + 1e-9; d++) {
                ticks.add(d);
            }
        } else {
            for (int i = 0; i <= 5; i++) {
                ticks.add(yMax * i / 5);
            }
        }
        for (double tick : ticks) {
            int py = top + plotHeight - (int) Math.round((tick - yMin) / (yMax - yMin) * plotHeight);
            g.setColor(new Color(0xe6e6e6));
            g.drawLine(left, py, left + plotWidth, py);
            String label = tickLabel(kind, tick, yMax / 5);
            g.setColor(Color.DARK_GRAY);
            g.drawString(label, left - 8 - metrics.stringWidth(label), py + metrics.getAscent() / 2 - 1);
        }
        double step = niceCeiling(maxSeconds / 8);
        for (int k = 0; k * step <= maxSeconds * (1 + 1e-9); k++) {
            double t = k * step;
            int px = left + (int) Math.round(t / maxSeconds * plotWidth);
            g.setColor(new Color(0xe6e6e6));
            g.drawLine(px, top, px, top + plotHeight);
            String label = count(t);
            g.setColor(Color.DARK_GRAY);
            g.drawString(label, px - metrics.stringWidth(label) / 2, top + plotHeight + metrics.getAscent() + 4);
        }
        String axis = "seconds";
        g.drawString(axis, left + plotWidth - metrics.stringWidth(axis), top + plotHeight + 2 * metrics.getAscent() + 8);
        g.setColor(Color.GRAY);
        g.drawRect(left, top, plotWidth, plotHeight);

        for (int s = 0; s < series.size(); s++) {
            Color colour = PALETTE[s % PALETTE.length];
            drawSeries(g, series.get(s), kind, colour, left, top, plotWidth, plotHeight, maxSeconds, yMin, yMax);
            String name = series.get(s).name();
            int lx = left + plotWidth - 8 - metrics.stringWidth(name);
            int ly = top + 6 + (s + 1) * (metrics.getHeight());
            g.setColor(new Color(255, 255, 255, 200));
            g.fillRect(lx - 22, ly - metrics.getAscent(), metrics.stringWidth(name) + 26, metrics.getHeight());
            g.setColor(colour);
            g.fillRect(lx - 18, ly - metrics.getAscent() / 2 - 2, 12, 4);
            g.setColor(Color.DARK_GRAY);
            g.drawString(name, lx, ly);
        }
    }

    private static void drawSeries(Graphics2D g, LogSeries series, LogKind kind, Color colour, int left, int top,
                                   int plotWidth, int plotHeight, double maxSeconds, double yMin, double yMax) {
        // Per pixel column: min, max and mean of the points that fall in it.
        double[] min = new double[plotWidth + 1];
        double[] max = new double[plotWidth + 1];
        double[] sum = new double[plotWidth + 1];
        int[] count = new int[plotWidth + 1];
        for (int i = 0; i < series.size(); i++) {
            int column = (int) Math.round(series.seconds()[i] / maxSeconds * plotWidth);
            double v = y(kind, series.values()[i]);
            if (count[column] == 0) {
                min[column] = v;
                max[column] = v;
            } else {
                min[column] = Math.min(min[column], v);
                max[column] = Math.max(max[column], v);
            }
            sum[column] += v;
            count[column]++;
        }
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 90));
        for (int c = 0; c <= plotWidth; c++) {
            if (count[c] > 1 && max[c] > min[c]) {
                g.drawLine(left + c, py(min[c], top, plotHeight, yMin, yMax), left + c, py(max[c], top, plotHeight, yMin, yMax));
            }
        }
        Path2D.Double line = new Path2D.Double();
        boolean started = false;
        for (int c = 0; c <= plotWidth; c++) {
            if (count[c] == 0) {
                continue;
            }
            int py = py(sum[c] / count[c], top, plotHeight, yMin, yMax);
            if (started) {
                line.lineTo(left + c, py);
            } else {
                line.moveTo(left + c, py);
                started = true;
            }
        }
        g.setColor(colour);
        g.setStroke(new BasicStroke(1.6f));
        g.draw(line);
        g.setStroke(new BasicStroke(1f));
    }

    private static int py(double value, int top, int plotHeight, double yMin, double yMax) {
        return top + plotHeight - (int) Math.round((value - yMin) / (yMax - yMin) * plotHeight);
    }

    /** The label of a value-axis tick, in the axis' units ({@link #y}): ticks are {@code step} apart on linear axes. */
    static String tickLabel(LogKind kind, double tick, double step) {
        return switch (kind) {
            case LATENCY -> LatencyAxisFormat.label(tick);
            case BANDWIDTH -> AxisFormats.bandwidthMibpsTick(tick, step);
            case IOPS -> count(tick);
        };
    }

    // Latency on log10 of nanoseconds; bandwidth (KiB/s in the logs) in MiB/s, as the window draws both.
    static double y(LogKind kind, double value) {
        return switch (kind) {
            case LATENCY -> LatencyAxisFormat.toAxis(value);
            case BANDWIDTH -> AxisFormats.toMibps(value);
            case IOPS -> value;
        };
    }

    /** The smallest 1, 2 or 5 times a power of ten at or above {@code value} (1 for 0). */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * decade >= value - 1e-12) {
                return m * decade;
            }
        }
        return 10 * decade;
    }

    private static String count(double value) {
        if (value >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", value / 1e6);
        }
        if (value >= 1e4) {
            return String.format(Locale.ROOT, "%.0fk", value / 1e3);
        }
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
