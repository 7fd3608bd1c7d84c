package io.jfio.model.value;

import java.util.Objects;

/**
 * The value of {@code rw=}: a pattern and fio's optional {@code :N} modifier. For a random pattern the
 * modifier is how many I/Os are issued before a new random offset (rw=randread:8); for a sequential one
 * it is a gap in bytes added after each I/O (rw=write:4k skips 4k; rw=read:-8k reads backwards). Immutable;
 * any thread.
 *
 * @param pattern           the I/O pattern
 * @param ioPerOffset       I/Os per new random offset (1 when not given; meaningful for random patterns)
 * @param sequentialGapBytes bytes added to the offset after each sequential I/O (0 when not given;
 *                           negative moves backwards)
 */
public record RwMode(RwPattern pattern, long ioPerOffset, long sequentialGapBytes) implements OptionValue {

    public RwMode {
        Objects.requireNonNull(pattern, "pattern");
        if (ioPerOffset < 1) {
            throw new IllegalArgumentException("bad rw modifier " + ioPerOffset + "/" + sequentialGapBytes);
        }
    }

    /** The pattern with no modifier. */
    public static RwMode of(RwPattern pattern) {
        return new RwMode(pattern, 1, 0);
    }
}
