package io.jfio.model.option;

/**
 * The unit a bare number is read in. Immutable; any thread.
 */
public enum OptionUnit {
    NONE(""),
    BYTES("bytes"),
    NANOSECONDS("ns"),
    MICROSECONDS("us"),
    MILLISECONDS("ms"),
    SECONDS("s"),
    PERCENT("%");

    private final String symbol;

    OptionUnit(String symbol) {
        this.symbol = symbol;
    }

    /** The suffix fio uses for the unit, empty for NONE. */
    public String symbol() {
        return symbol;
    }
}
