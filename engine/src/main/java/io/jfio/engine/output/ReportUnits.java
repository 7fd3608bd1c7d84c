package io.jfio.engine.output;

import io.jfio.engine.output.FioFormat.Unit;
import io.jfio.model.job.JobSpec;

/**
 * The units fio 3.33's text output prints sizes and rates in, set by {@code kb_base} and {@code unit_base}.
 * {@code kb_base=1000} puts the decimal value first ({@code BW=3146kB/s (3072KiB/s)}), 1024 (the default) the
 * binary one; {@code unit_base=1} prints rates in bits ({@code BW=24.0Mibit/s (25.2Mbit/s)}) while sizes stay
 * in bytes. The JSON and terse reports do not change with either. Immutable; any thread.
 *
 * @param kbBase 1024 or 1000
 * @param bits   rates in bits ({@code unit_base=1}); 0 and 8 mean bytes
 */
public record ReportUnits(int kbBase, boolean bits) {

    /** fio's defaults: binary prefixes first, bytes. */
    public static final ReportUnits DEFAULT = new ReportUnits(1024, false);

    public ReportUnits {
        if (kbBase != 1024 && kbBase != 1000) {
            throw new IllegalArgumentException("kb_base must be 1024 or 1000, got " + kbBase);
        }
    }

    /** The units of {@code job}: its {@code kb_base} and {@code unit_base}, fio's defaults where unset. */
    public static ReportUnits of(JobSpec job) {
        boolean decimal = job.text("kb_base").map(String::trim).filter("1000"::equals).isPresent();
        boolean bits = job.text("unit_base").map(String::trim).filter("1"::equals).isPresent();
        return new ReportUnits(decimal ? 1000 : 1024, bits);
    }

    /** Binary prefixes first (kb_base=1024). */
    public boolean binaryFirst() {
        return kbBase == 1024;
    }

    /** A rate as "{@code first (second)}": {@code 3072KiB/s (3146kB/s)}. */
    public String ratePair(long bytesPerSecond) {
        return rate(bytesPerSecond, true) + " (" + rate(bytesPerSecond, false) + ")";
    }

    /** A rate in the first ({@code primary}) or the second prefix kind: {@code 3072KiB/s}, {@code 25.2Mbit/s}. */
    public String rate(long bytesPerSecond, boolean primary) {
        boolean pow2 = primary == binaryFirst();
        return FioFormat.shorten(bytesPerSecond, 4, 1, pow2, bits ? Unit.BIT_PER_SECOND : Unit.BYTE_PER_SECOND);
    }

    /** A size in the first ({@code primary}) or second prefix kind, always in bytes: {@code 6148KiB}. */
    public String size(long bytes, boolean primary) {
        return FioFormat.shorten(bytes, 4, 1, primary == binaryFirst(), Unit.BYTE);
    }

    /**
     * A rate limit as the status line shows it, in bytes whatever {@code unit_base} says: {@code 100MiB/s},
     * {@code 1500MB/s}.
     */
    public String rateLimit(long bytesPerSecond) {
        return FioFormat.shorten(bytesPerSecond, 4, 1, binaryFirst(), Unit.BYTE_PER_SECOND);
    }

    /**
     * A live rate as the status line shows it. fio hands its KiB/s figure to the formatter as if it were in
     * units of kb_base, so with kb_base=1000 the number is the KiB count with a decimal prefix
     * ({@code r=1465MB/s} at 1465 MiB/s, which is 1.5 GB/s); reproduced as fio prints it.
     */
    public String liveRate(long kibPerSecond) {
        return FioFormat.shorten(kibPerSecond, 4, kbBase, binaryFirst(),
                bits ? Unit.BIT_PER_SECOND : Unit.BYTE_PER_SECOND);
    }

    /**
     * The unit of the text report's "bw (...)" line for a mean of {@code meanKiB}: "KiB", or "kB" with
     * kb_base=1000 (the numbers stay KiB, as fio prints them); "MiB" above kb_base squared, the numbers then
     * divided by kb_base.
     */
    public boolean bandwidthInMega(double meanKiB) {
        return meanKiB > (double) kbBase * kbBase;
    }

    /** See {@link #bandwidthInMega}: the label of the "bw (...)" line. */
    public String bandwidthLabel(double meanKiB) {
        return bandwidthInMega(meanKiB) ? "MiB" : binaryFirst() ? "KiB" : "kB";
    }
}
