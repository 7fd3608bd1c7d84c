package io.jfio.engine.output.status;

import io.jfio.engine.output.ReportFormat;
import io.jfio.model.option.OptionUnit;
import io.jfio.model.value.TimeParser;
import io.jfio.model.value.ValueException;

import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;

/**
 * How the status display behaves: whether the live line is shown and how often, when it starts a new line
 * instead of overwriting itself, and how often a full report is printed. Immutable; any thread.
 *
 * @param showEta             show the live status line
 * @param etaIntervalNanos    time between status lines ({@code --eta-interval}, default 1 s, at least 250 ms)
 * @param etaNewlineNanos     a status line ends with a newline once this much time passed since the last
 *                            one that did ({@code --eta-newline}); 0: always overwrite
 * @param statusIntervalNanos time between full reports ({@code --status-interval}); 0: none
 */
public record StatusSettings(boolean showEta, long etaIntervalNanos, long etaNewlineNanos, long statusIntervalNanos) {

    /** fio's default time between status lines. */
    public static final long DEFAULT_ETA_INTERVAL_NANOS = 1_000_000_000L;
    /** fio refuses shorter ETA intervals. */
    public static final long MIN_ETA_INTERVAL_NANOS = 250_000_000L;

    public StatusSettings {
        if (etaIntervalNanos < MIN_ETA_INTERVAL_NANOS || etaNewlineNanos < 0 || statusIntervalNanos < 0) {
            throw new IllegalArgumentException("bad status intervals: eta " + etaIntervalNanos + " ns, newline "
                    + etaNewlineNanos + " ns, status " + statusIntervalNanos + " ns");
        }
    }

    /** Neither a status line nor periodic reports. */
    public static final StatusSettings OFF = new StatusSettings(false, DEFAULT_ETA_INTERVAL_NANOS, 0, 0);

    /**
     * The settings of fio's command-line options, as given.
     *
     * @param eta            {@code --eta}
     * @param terminal       whether standard output is a terminal
     * @param etaInterval    {@code --eta-interval} (milliseconds when bare)
     * @param etaNewline     {@code --eta-newline} (seconds when bare)
     * @param statusInterval {@code --status-interval} (seconds when bare)
     * @throws IllegalArgumentException with a one-line message naming the option when a time does not parse
     */
    public static StatusSettings of(EtaMode eta, boolean terminal, Optional<String> etaInterval,
                                    Optional<String> etaNewline, Optional<String> statusInterval) {
        long interval = etaInterval.map(t -> time("eta-interval", t, OptionUnit.MILLISECONDS))
                .orElse(DEFAULT_ETA_INTERVAL_NANOS);
        return new StatusSettings(eta.shows(terminal), Math.max(MIN_ETA_INTERVAL_NANOS, interval),
                etaNewline.map(t -> time("eta-newline", t, OptionUnit.SECONDS)).orElse(0L),
                statusInterval.map(t -> time("status-interval", t, OptionUnit.SECONDS)).orElse(0L));
    }

    /**
     * These settings for reports in {@code formats}: without the status line when the reports go to
     * standard output and none is the normal one, as fio does, so that a JSON or terse report on standard
     * output holds nothing else.
     */
    public StatusSettings forReports(Set<ReportFormat> formats, boolean reportsOnStandardOutput) {
        if (!showEta || !reportsOnStandardOutput || formats.contains(ReportFormat.NORMAL)) {
            return this;
        }
        return new StatusSettings(false, etaIntervalNanos, etaNewlineNanos, statusIntervalNanos);
    }

    /** True if the display has anything to do. */
    public boolean active() {
        return showEta || statusIntervalNanos > 0;
    }

    private static long time(String option, String text, OptionUnit bareUnit) {
        try {
            long nanos = TimeParser.parseNanos(text.trim(), bareUnit, new ArrayList<>());
            if (nanos < 0) {
                throw new ValueException("negative time");
            }
            return nanos;
        } catch (ValueException | IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + option + ": '" + text + "' is not a time (" + e.getMessage() + ")");
        }
    }
}
