package io.jfio.engine.workload;

import java.util.Locale;

/**
 * fio's {@code rw}/{@code readwrite} values: which directions a job issues and whether its offsets are
 * sequential or random. The {@code :N} modifier is separate ({@link WorkloadSpec.Builder#rwModifier}).
 * Immutable; any thread.
 */
public enum RwPattern {
    READ("read", false, true, false, false),
    WRITE("write", false, false, true, false),
    TRIM("trim", false, false, false, true),
    RANDREAD("randread", true, true, false, false),
    RANDWRITE("randwrite", true, false, true, false),
    RANDTRIM("randtrim", true, false, false, true),
    /** Sequential mixed reads and writes ({@code rw} and {@code readwrite}). */
    READWRITE("rw", false, true, true, false),
    RANDRW("randrw", true, true, true, false),
    /** Each block trimmed, then written at the same offset; sequential. */
    TRIMWRITE("trimwrite", false, false, true, true),
    /** Like trimwrite with random offsets. */
    RANDTRIMWRITE("randtrimwrite", true, false, true, true);

    private final String fioName;
    private final boolean random;
    private final boolean reads;
    private final boolean writes;
    private final boolean trims;

    RwPattern(String fioName, boolean random, boolean reads, boolean writes, boolean trims) {
        this.fioName = fioName;
        this.random = random;
        this.reads = reads;
        this.writes = writes;
        this.trims = trims;
    }

    /** The value as fio spells it in a job file and in its output ({@code rw=randrw}). */
    public String fioName() {
        return fioName;
    }

    /** Whether offsets are random (before percentage_random and the :N sequencer). */
    public boolean isRandom() {
        return random;
    }

    /** Whether reads and writes are mixed by rwmixread. */
    public boolean isReadWriteMix() {
        return reads && writes;
    }

    /** Whether every trim is followed by a write of the same block. */
    public boolean isTrimWrite() {
        return trims && writes;
    }

    /** Whether the job issues I/O in {@code direction}. */
    public boolean issues(DataDirection direction) {
        switch (direction) {
            case READ:
                return reads;
            case WRITE:
                return writes;
            default:
                return trims;
        }
    }

    /**
     * The pattern for an rw value without its :N modifier; accepts fio 3.33's values and its one alias,
     * {@code readwrite} for {@code rw}.
     *
     * @throws IllegalArgumentException naming the value when fio would not accept it
     */
    public static RwPattern fromFioName(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("readwrite")) {
            return READWRITE;
        }
        for (RwPattern p : values()) {
            if (p.fioName.equals(v)) {
                return p;
            }
        }
        throw new IllegalArgumentException("rw: unknown pattern '" + value + "'");
    }
}
