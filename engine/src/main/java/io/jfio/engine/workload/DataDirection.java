package io.jfio.engine.workload;

/**
 * The three data directions fio accounts separately, in fio's order (the order of the comma-separated
 * per-direction values of bs, rate, bssplit ...). Immutable; any thread.
 */
public enum DataDirection {
    READ, WRITE, TRIM;

    /** Index of {@link #READ} in per-direction arrays. */
    public static final int READ_INDEX = 0;
    /** Index of {@link #WRITE} in per-direction arrays. */
    public static final int WRITE_INDEX = 1;
    /** Index of {@link #TRIM} in per-direction arrays. */
    public static final int TRIM_INDEX = 2;
    /** Length of per-direction arrays. */
    public static final int COUNT = 3;

    private static final DataDirection[] BY_INDEX = values();

    /** The position of this direction in per-direction arrays. */
    public int index() {
        return ordinal();
    }

    /** The direction at a per-direction array index; no allocation. */
    public static DataDirection ofIndex(int index) {
        return BY_INDEX[index];
    }
}
