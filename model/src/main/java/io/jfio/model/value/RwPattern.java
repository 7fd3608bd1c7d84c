package io.jfio.model.value;

import java.util.Optional;

/**
 * fio's I/O patterns ({@code rw=}), with the names fio accepts for each. Immutable; any thread.
 */
public enum RwPattern {
    READ(false, true, false, false, "read"),
    WRITE(false, false, true, false, "write"),
    TRIM(false, false, false, true, "trim"),
    RANDREAD(true, true, false, false, "randread"),
    RANDWRITE(true, false, true, false, "randwrite"),
    RANDTRIM(true, false, false, true, "randtrim"),
    READWRITE(false, true, true, false, "rw", "readwrite"),
    RANDRW(true, true, true, false, "randrw"),
    TRIMWRITE(false, false, true, true, "trimwrite"),
    RANDTRIMWRITE(true, false, true, true, "randtrimwrite");

    private final boolean random;
    private final boolean reads;
    private final boolean writes;
    private final boolean trims;
    private final String[] names;

    RwPattern(boolean random, boolean reads, boolean writes, boolean trims, String... names) {
        this.random = random;
        this.reads = reads;
        this.writes = writes;
        this.trims = trims;
        this.names = names;
    }

    /** The pattern fio means by {@code name} (case-sensitive, as fio matches it). */
    public static Optional<RwPattern> byName(String name) {
        for (RwPattern pattern : values()) {
            for (String candidate : pattern.names) {
                if (candidate.equals(name)) {
                    return Optional.of(pattern);
                }
            }
        }
        return Optional.empty();
    }

    /** The first name fio lists for this pattern. */
    public String fioName() {
        return names[0];
    }

    public boolean isRandom() {
        return random;
    }

    public boolean reads() {
        return reads;
    }

    public boolean writes() {
        return writes;
    }

    public boolean trims() {
        return trims;
    }
}
