package io.jfio.model.result;

/**
 * A data direction, with the number fio writes in its logs' ddir column (0 read, 1 write, 2 trim).
 * Immutable; any thread.
 */
public enum Direction {
    READ(0, "read"),
    WRITE(1, "write"),
    TRIM(2, "trim");

    private static final Direction[] BY_CODE = values();

    private final int fioCode;
    private final String label;

    Direction(int fioCode, String label) {
        this.fioCode = fioCode;
        this.label = label;
    }

    /** The ddir number of fio's logs and JSON. */
    public int fioCode() {
        return fioCode;
    }

    /** fio's lower-case name ("read", "write", "trim"), as its JSON keys use it. */
    public String label() {
        return label;
    }

    /** The direction of a fio ddir number. */
    public static Direction fromFioCode(int code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException("not a fio data direction (0 read, 1 write, 2 trim): " + code);
        }
        return BY_CODE[code];
    }
}
