package io.jfio.model.value;

import java.util.function.Function;

/**
 * A value given per data direction (bs=4k,64k sets reads to 4k and writes and trims to 64k). A
 * {@code null} element means "fio's default for that direction" (bs=,8k leaves reads at the default).
 * Immutable; any thread.
 *
 * @param read  the value for reads, or {@code null} for the default
 * @param write the value for writes, or {@code null} for the default
 * @param trim  the value for trims, or {@code null} for the default
 * @param <T>   the element type
 */
public record PerDirection<T>(T read, T write, T trim) implements OptionValue {

    /** The same value for all three directions. */
    public static <T> PerDirection<T> all(T value) {
        return new PerDirection<>(value, value, value);
    }

    /** The value for {@code direction}, or {@code fallback} when that direction keeps its default. */
    public T get(Direction direction, T fallback) {
        T value = switch (direction) {
            case READ -> read;
            case WRITE -> write;
            case TRIM -> trim;
        };
        return value == null ? fallback : value;
    }

    /** Applies {@code mapper} to each given element, keeping defaults as {@code null}. */
    public <R> PerDirection<R> map(Function<? super T, ? extends R> mapper) {
        return new PerDirection<>(
                read == null ? null : mapper.apply(read),
                write == null ? null : mapper.apply(write),
                trim == null ? null : mapper.apply(trim));
    }

    /** fio's three data directions, in the order a per-direction list gives them. */
    public enum Direction {
        READ, WRITE, TRIM
    }
}
