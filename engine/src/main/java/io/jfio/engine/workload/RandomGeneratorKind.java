package io.jfio.engine.workload;

import java.util.Locale;

/**
 * {@code random_generator}. jfio's uniform numbers always come from {@link Prng} (xoshiro256**), which is
 * stronger than both of fio's tausworthe variants, so {@link #TAUSWORTHE} and {@link #TAUSWORTHE64} behave
 * the same; {@link #LFSR} makes random offsets follow a maximal LFSR that never repeats a block within a
 * pass, even with norandommap. Immutable; any thread.
 */
public enum RandomGeneratorKind {
    TAUSWORTHE, LFSR, TAUSWORTHE64;

    /** @throws IllegalArgumentException naming the value when fio would not accept it */
    public static RandomGeneratorKind fromFioName(String value) {
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "tausworthe":
                return TAUSWORTHE;
            case "lfsr":
                return LFSR;
            case "tausworthe64":
                return TAUSWORTHE64;
            default:
                throw new IllegalArgumentException("random_generator: unknown generator '" + value + "'");
        }
    }
}
