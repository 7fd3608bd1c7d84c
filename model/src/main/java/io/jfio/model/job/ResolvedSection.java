package io.jfio.model.job;

import java.util.List;
import java.util.Objects;

/**
 * One section of a job file after include expansion, with every option line it writes itself, in file
 * order and repeats kept (what fio's --showcmd prints per section). Unknown options are left out; they
 * are problems. Immutable; any thread.
 *
 * @param fileIndex the position of its job file among those resolved together, from 0
 * @param name      the section name
 * @param global    whether fio treats it as a [global] section
 * @param origin    the place of its header
 * @param options   its own option lines, typed, in the order written
 */
public record ResolvedSection(int fileIndex, String name, boolean global, SourceLocation origin,
                              List<EffectiveOption> options) {

    public ResolvedSection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        options = List.copyOf(options);
    }
}
