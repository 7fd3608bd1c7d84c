package io.jfio.model.value;

/**
 * A percentage given where a size is allowed (size=50%, offset=25%). Immutable; any thread.
 *
 * @param percent 0 to 100
 */
public record PercentValue(int percent) implements OptionValue {

    public PercentValue {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent out of range: " + percent);
        }
    }
}
