package io.jfio.model.option;

import java.util.List;

/**
 * The ioengines jfio has (or is building now), by their fio names. fio knows more (see the
 * {@code ioengine} option's allowed values); a job naming one of those fails with a clear message.
 * Immutable; any thread.
 */
public final class JfioEngines {

    /** jfio's engines, in the order {@code --enghelp} lists them. */
    public static final List<String> NAMES = List.of(
            "null", "sync", "psync", "vsync", "pvsync", "pvsync2", "libaio", "io_uring", "mmap", "posixaio");

    /** The engine a job uses when it names none (fio's default on Linux). */
    public static final String DEFAULT = "psync";

    private JfioEngines() {
    }

    /** True if jfio has the engine fio calls {@code ioengine} (exact spelling). */
    public static boolean isAvailable(String ioengine) {
        return NAMES.contains(ioengine);
    }

    /** The engines fio 3.33 knows and jfio lacks, in the catalog's order. */
    public static List<String> missing() {
        return Options.catalog().lookup("ioengine").orElseThrow().allowedValues().stream()
                .map(AllowedValue::value)
                .filter(engine -> !isAvailable(engine))
                .toList();
    }
}
