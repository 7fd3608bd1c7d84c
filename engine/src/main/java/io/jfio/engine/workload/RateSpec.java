package io.jfio.engine.workload;

import java.util.Arrays;

/**
 * The pacing options of one job: {@code rate}, {@code rate_iops}, {@code rate_min}, {@code rate_iops_min}
 * per direction (0 = none), {@code rate_process}, {@code rate_cycle} and {@code rate_ignore_thinktime}.
 * Immutable; any thread.
 */
public final class RateSpec {
    /** fio's default rate_cycle. */
    public static final long DEFAULT_CYCLE_MILLIS = 1000;

    private final long[] bytesPerSecond;
    private final long[] iops;
    private final long[] minBytesPerSecond;
    private final long[] minIops;
    private final RateProcess process;
    private final long cycleMillis;
    private final boolean ignoreThinktime;

    private RateSpec(Builder b) {
        bytesPerSecond = b.bytesPerSecond.clone();
        iops = b.iops.clone();
        minBytesPerSecond = b.minBytesPerSecond.clone();
        minIops = b.minIops.clone();
        process = b.process;
        cycleMillis = b.cycleMillis;
        ignoreThinktime = b.ignoreThinktime;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No limits at all. */
    public static RateSpec unlimited() {
        return builder().build();
    }

    public long bytesPerSecond(DataDirection d) {
        return bytesPerSecond[d.index()];
    }

    public long iops(DataDirection d) {
        return iops[d.index()];
    }

    public long minBytesPerSecond(DataDirection d) {
        return minBytesPerSecond[d.index()];
    }

    public long minIops(DataDirection d) {
        return minIops[d.index()];
    }

    public RateProcess process() {
        return process;
    }

    public long cycleMillis() {
        return cycleMillis;
    }

    public boolean ignoreThinktime() {
        return ignoreThinktime;
    }

    /** Whether any direction has a rate or rate_iops cap. */
    public boolean limitsAnything() {
        for (int i = 0; i < DataDirection.COUNT; i++) {
            if (bytesPerSecond[i] > 0 || iops[i] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether any direction has a rate_min or rate_iops_min floor. */
    public boolean hasMinimum() {
        for (int i = 0; i < DataDirection.COUNT; i++) {
            if (minBytesPerSecond[i] > 0 || minIops[i] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Builds a {@link RateSpec}; one thread. */
    public static final class Builder {
        private final long[] bytesPerSecond = new long[DataDirection.COUNT];
        private final long[] iops = new long[DataDirection.COUNT];
        private final long[] minBytesPerSecond = new long[DataDirection.COUNT];
        private final long[] minIops = new long[DataDirection.COUNT];
        private RateProcess process = RateProcess.LINEAR;
        private long cycleMillis = DEFAULT_CYCLE_MILLIS;
        private boolean ignoreThinktime;

        private Builder() {
        }

        /** {@code rate} of one direction in bytes per second; 0 for none. */
        public Builder bytesPerSecond(DataDirection d, long value) {
            bytesPerSecond[d.index()] = nonNegative("rate", value);
            return this;
        }

        /** {@code rate_iops} of one direction; 0 for none. */
        public Builder iops(DataDirection d, long value) {
            iops[d.index()] = nonNegative("rate_iops", value);
            return this;
        }

        /** {@code rate_min} of one direction in bytes per second; 0 for none. */
        public Builder minBytesPerSecond(DataDirection d, long value) {
            minBytesPerSecond[d.index()] = nonNegative("rate_min", value);
            return this;
        }

        /** {@code rate_iops_min} of one direction; 0 for none. */
        public Builder minIops(DataDirection d, long value) {
            minIops[d.index()] = nonNegative("rate_iops_min", value);
            return this;
        }

        /** {@code rate_process}. */
        public Builder process(RateProcess value) {
            process = value;
            return this;
        }

        /** {@code rate_cycle} in milliseconds. */
        public Builder cycleMillis(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("rate_cycle: must be at least 1 ms, got " + value);
            }
            cycleMillis = value;
            return this;
        }

        /** {@code rate_ignore_thinktime}. */
        public Builder ignoreThinktime(boolean value) {
            ignoreThinktime = value;
            return this;
        }

        /** Checks that no minimum exceeds its cap (fio refuses that too) and builds. */
        public RateSpec build() {
            for (DataDirection d : DataDirection.values()) {
                checkFloor("rate_min", "rate", minBytesPerSecond[d.index()], bytesPerSecond[d.index()], d);
                checkFloor("rate_iops_min", "rate_iops", minIops[d.index()], iops[d.index()], d);
            }
            return new RateSpec(this);
        }

        private static void checkFloor(String floorOption, String capOption, long floor, long cap, DataDirection d) {
            if (cap > 0 && floor > cap) {
                throw new IllegalArgumentException(floorOption + ": minimum rate exceeds " + capOption + " for "
                        + d.name().toLowerCase(java.util.Locale.ROOT) + "s");
            }
        }

        private static long nonNegative(String option, long value) {
            if (value < 0) {
                throw new IllegalArgumentException(option + ": must not be negative, got " + value);
            }
            return value;
        }
    }

    @Override
    public String toString() {
        return "RateSpec[rate=" + Arrays.toString(bytesPerSecond) + ", iops=" + Arrays.toString(iops)
                + ", min=" + Arrays.toString(minBytesPerSecond) + ", minIops=" + Arrays.toString(minIops)
                + ", " + process + ", cycle=" + cycleMillis + "ms]";
    }
}
