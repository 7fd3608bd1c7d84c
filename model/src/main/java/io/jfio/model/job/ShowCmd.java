package io.jfio.model.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns resolved job files into the command line fio 3.33's {@code --showcmd} prints: one
 * {@code fio ...} line per job file, canonical option names, values after substitution and without
 * comments, job sections as {@code --name=SECTION}, and each section's options in fio's parse order
 * (descending {@link io.jfio.model.option.OptionSpec#parsePriority()}, stable), the description in
 * double quotes (fio quotes no other value). Like fio, a [global]
 * section prints every global option of its file so far, since fio's globals accumulate.
 * Stateless; any thread.
 */
public final class ShowCmd {

    private ShowCmd() {
    }

    /** The lines fio would print for the files of {@code resolution}, one per job file (each ends in "\n"). */
    public static String format(Resolution resolution, int fileCount) {
        StringBuilder out = new StringBuilder();
        for (int file = 0; file < fileCount; file++) {
            out.append(formatFile(resolution.sections(), file));
        }
        return out.toString();
    }

    private static String formatFile(List<ResolvedSection> sections, int fileIndex) {
        StringBuilder line = new StringBuilder("fio ");
        List<EffectiveOption> globals = new ArrayList<>();
        for (ResolvedSection section : sections) {
            if (section.fileIndex() != fileIndex) {
                continue;
            }
            List<EffectiveOption> printed;
            if (section.global()) {
                globals.addAll(section.options());
                printed = globals;
            } else {
                line.append("--name=").append(section.name()).append(' ');
                printed = section.options();
            }
            for (EffectiveOption option : inParseOrder(printed)) {
                line.append("--").append(option.name());
                if (option.value() != null) {
                    line.append('=').append(option.name().equals("description")
                            ? '"' + option.value() + '"' : option.value());
                }
                line.append(' ');
            }
        }
        return line.append('\n').toString();
    }

    private static List<EffectiveOption> inParseOrder(List<EffectiveOption> options) {
        List<EffectiveOption> sorted = new ArrayList<>(options);
        sorted.sort(Comparator.comparingInt((EffectiveOption o) -> o.spec().parsePriority()).reversed());
        return sorted;
    }
}
