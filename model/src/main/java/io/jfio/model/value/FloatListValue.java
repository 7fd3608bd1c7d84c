package io.jfio.model.value;

import java.util.List;

/**
 * fio's FLOAT_LIST: numbers separated by ':' (percentile_list=99:99.9:99.99). Immutable; any thread.
 *
 * @param values the numbers in the order given
 */
public record FloatListValue(List<Double> values) implements OptionValue {

    public FloatListValue {
        values = List.copyOf(values);
    }
}
