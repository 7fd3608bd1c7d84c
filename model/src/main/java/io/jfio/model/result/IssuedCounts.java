package io.jfio.model.result;

/**
 * fio's "issued rwts" line: I/Os issued, short (fewer bytes than asked) and dropped, per direction
 * read, write, trim and sync. Immutable; any thread.
 */
public record IssuedCounts(long[] total, long[] shortIos, long[] dropped) {

    public static final int SLOTS = 4;

    public IssuedCounts {
        if (total.length != SLOTS || shortIos.length != SLOTS || dropped.length != SLOTS) {
            throw new IllegalArgumentException("issued counts need " + SLOTS + " slots (r, w, t, s)");
        }
        total = total.clone();
        shortIos = shortIos.clone();
        dropped = dropped.clone();
    }

    public static IssuedCounts none() {
        return new IssuedCounts(new long[SLOTS], new long[SLOTS], new long[SLOTS]);
    }

    @Override
    public long[] total() {
        return total.clone();
    }

    @Override
    public long[] shortIos() {
        return shortIos.clone();
    }

    @Override
    public long[] dropped() {
        return dropped.clone();
    }
}
