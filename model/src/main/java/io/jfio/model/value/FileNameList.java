package io.jfio.model.value;

import java.util.List;

/**
 * fio's colon-separated file list (filename=/dev/sda:/dev/sdb), with {@code \:} unescaped to a colon
 * that belongs to the name. Immutable; any thread.
 *
 * @param names the file names in the order given
 */
public record FileNameList(List<String> names) implements OptionValue {

    public FileNameList {
        names = List.copyOf(names);
    }
}
