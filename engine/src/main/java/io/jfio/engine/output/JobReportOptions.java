package io.jfio.engine.output;

import io.jfio.model.job.JobSpec;
import io.jfio.model.value.BoolValue;
import io.jfio.model.value.FloatListValue;
import io.jfio.model.value.IntegerValue;
import io.jfio.model.value.OptionValue;
import io.jfio.model.value.TimeValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The options of one job that change how the reports show it, with fio's defaults. Read from the job's
 * {@link JobSpec}: typed values where the option catalog knows the option, its text otherwise.
 * Immutable; any thread.
 *
 * @param groupReporting      {@code group_reporting}: the job is reported together with its group
 * @param clatPercentiles     {@code clat_percentiles} (default on)
 * @param latPercentiles      {@code lat_percentiles}
 * @param slatPercentiles     {@code slat_percentiles}
 * @param percentilePrecision decimals of the percents in the text report's percentile blocks, as written in
 *                            {@code percentile_list}; -1 to take them from the percents themselves
 * @param description         {@code description}, "" when not set
 * @param ioDepth             {@code iodepth} (the "depth=" of the latency line and JSON latency_depth)
 * @param latencyTargetNanos  {@code latency_target}, 0 when not set
 * @param latencyWindowNanos  {@code latency_window}, 0 when not set
 * @param latencyPercentile   {@code latency_percentile} (default 100)
 * @param percents            {@code percentile_list} ascending (fio's default list when not set): the terse
 *                            report writes one field per entry even for a direction without samples
 * @param units               {@code kb_base} and {@code unit_base}: the units of the text report and status line
 */
public record JobReportOptions(boolean groupReporting, boolean clatPercentiles, boolean latPercentiles,
                               boolean slatPercentiles, int percentilePrecision, String description, int ioDepth,
                               long latencyTargetNanos, long latencyWindowNanos, double latencyPercentile,
                               List<Double> percents, ReportUnits units) {

    /** fio's default percentile list. */
    public static final List<Double> FIO_PERCENTS =
            List.of(1.0, 5.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 95.0, 99.0, 99.5, 99.9, 99.95, 99.99);

    /** fio's defaults: clat percentiles only, iodepth 1, no latency target. */
    public static final JobReportOptions DEFAULTS =
            new JobReportOptions(false, true, false, false, -1, "", 1, 0, 0, 100, FIO_PERCENTS);

    public JobReportOptions {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(units, "units");
        percents = percents.stream().sorted().distinct().toList();
    }

    /** The options in fio's default units. */
    public JobReportOptions(boolean groupReporting, boolean clatPercentiles, boolean latPercentiles,
                            boolean slatPercentiles, int percentilePrecision, String description, int ioDepth,
                            long latencyTargetNanos, long latencyWindowNanos, double latencyPercentile,
                            List<Double> percents) {
        this(groupReporting, clatPercentiles, latPercentiles, slatPercentiles, percentilePrecision, description,
                ioDepth, latencyTargetNanos, latencyWindowNanos, latencyPercentile, percents, ReportUnits.DEFAULT);
    }

    /** These options with {@code newUnits}. */
    public JobReportOptions withUnits(ReportUnits newUnits) {
        return new JobReportOptions(groupReporting, clatPercentiles, latPercentiles, slatPercentiles,
                percentilePrecision, description, ioDepth, latencyTargetNanos, latencyWindowNanos, latencyPercentile,
                percents, newUnits);
    }

    /** The options with fio's default percentile list and units. */
    public JobReportOptions(boolean groupReporting, boolean clatPercentiles, boolean latPercentiles,
                            boolean slatPercentiles, int percentilePrecision, String description, int ioDepth,
                            long latencyTargetNanos, long latencyWindowNanos, double latencyPercentile) {
        this(groupReporting, clatPercentiles, latPercentiles, slatPercentiles, percentilePrecision, description,
                ioDepth, latencyTargetNanos, latencyWindowNanos, latencyPercentile, FIO_PERCENTS);
    }

    /** The report options of {@code spec}, fio's defaults where it sets nothing. */
    public static JobReportOptions of(JobSpec spec) {
        return new JobReportOptions(
                flag(spec, "group_reporting", false),
                flag(spec, "clat_percentiles", true),
                flag(spec, "lat_percentiles", false),
                flag(spec, "slat_percentiles", false),
                spec.text("percentile_list").map(JobReportOptions::decimalsOf).orElse(-1),
                spec.text("description").orElse(""),
                (int) integer(spec, "iodepth", 1),
                nanos(spec, "latency_target", 1_000),
                nanos(spec, "latency_window", 1_000),
                spec.text("latency_percentile").map(JobReportOptions::parseDouble).orElse(100.0),
                percents(spec),
                ReportUnits.of(spec));
    }

    private static List<Double> percents(JobSpec spec) {
        Optional<OptionValue> typed = typed(spec, "percentile_list");
        if (typed.isPresent() && typed.get() instanceof FloatListValue list && !list.values().isEmpty()) {
            return list.values();
        }
        return FIO_PERCENTS;
    }

    /** The report options of each job, in order. */
    public static List<JobReportOptions> of(List<JobSpec> specs) {
        return specs.stream().map(JobReportOptions::of).toList();
    }

    /** The largest number of decimals among the percents of a {@code percentile_list} text ("99:99.95" gives 2). */
    static int decimalsOf(String percentileList) {
        int decimals = 0;
        for (String part : percentileList.split(":")) {
            String number = part.trim();
            int dot = number.indexOf('.');
            if (dot >= 0) {
                decimals = Math.max(decimals, number.length() - dot - 1);
            }
        }
        return decimals;
    }

    /** The decimals fio shows for {@code percents} when the list's text is unknown. */
    public static int decimalsOf(List<Double> percents) {
        int decimals = 0;
        for (double p : percents) {
            decimals = Math.max(decimals, Math.max(0, BigDecimal.valueOf(p).stripTrailingZeros().scale()));
        }
        return decimals;
    }

    private static boolean flag(JobSpec spec, String name, boolean fallback) {
        Optional<OptionValue> typed = typed(spec, name);
        if (typed.isPresent() && typed.get() instanceof BoolValue b) {
            return b.value();
        }
        if (typed.isPresent() && typed.get() instanceof IntegerValue i) {
            return i.value() != 0;
        }
        return spec.text(name).map(t -> t.isEmpty() || !(t.equals("0") || t.equalsIgnoreCase("false")))
                .orElse(fallback);
    }

    private static long integer(JobSpec spec, String name, long fallback) {
        Optional<OptionValue> typed = typed(spec, name);
        if (typed.isPresent() && typed.get() instanceof IntegerValue i) {
            return i.value();
        }
        return spec.text(name).map(t -> parseLong(t, fallback)).orElse(fallback);
    }

    private static long nanos(JobSpec spec, String name, long nanosPerBareUnit) {
        Optional<OptionValue> typed = typed(spec, name);
        if (typed.isPresent() && typed.get() instanceof TimeValue t) {
            return t.nanos();
        }
        return spec.text(name).map(t -> parseLong(t, 0) * nanosPerBareUnit).orElse(0L);
    }

    private static Optional<OptionValue> typed(JobSpec spec, String name) {
        return spec.option(name).map(o -> o.typed());
    }

    private static long parseLong(String text, long fallback) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double parseDouble(String text) {
        try {
            return Double.parseDouble(text.trim().toLowerCase(Locale.ROOT).replace("%", ""));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
