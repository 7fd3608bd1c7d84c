package io.jfio.model.option;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What jfio does differently with an option, in one sentence: why an IGNORED option is ignored (including
 * the options of fio's predefined workloads), and the few implemented options that behave differently from
 * fio. Shown by {@code --cmdhelp=NAME}, in warnings and in docs/options.md. Immutable; any thread.
 */
public final class OptionNotes {

    /** The options of fio's predefined workloads (fio --profile=NAME --cmdhelp), by profile. */
    private static final Map<String, List<String>> PROFILE_OPTIONS = Map.of(
            "tiobench", List.of("block", "numruns", "dir", "threads"),
            "act", List.of("device-names", "load", "test-duration", "threads-per-queue", "read-req-num-512-blocks",
                    "large-block-op-kbytes", "prep"));

    private static final Map<String, String> NOTES = withProfileOptions(Map.ofEntries(
            Map.entry("thread", "jfio always runs jobs as threads of one Java process; thread is accepted and"
                    + " changes nothing."),
            Map.entry("gtod_reduce", "fio's way to call gettimeofday() less often; jfio reads a cheap monotonic"
                    + " clock (System.nanoTime) and keeps reporting latencies."),
            Map.entry("gtod_cpu", "fio dedicates a CPU to a gettimeofday() thread; jfio has no such thread, its"
                    + " clock reads are cheap."),
            Map.entry("clocksource", "jfio always times with the monotonic clock (System.nanoTime); fio's choice"
                    + " of gettimeofday, clock_gettime or the CPU clock does not apply."),
            Map.entry("mem", "how fio allocates I/O buffers (malloc, shm, mmap, huge pages); jfio always uses"
                    + " page-aligned off-heap memory (iomem_align is honoured)."),
            Map.entry("hugepage-size", "only matters for fio's huge-page buffers (mem=shmhuge/mmaphuge), which"
                    + " jfio does not use."),
            Map.entry("log_entries", "the initial size of fio's in-memory logs; jfio's logs grow as needed, the"
                    + " log files are the same."),
            Map.entry("unique_filename", "prefixes file names with the client's address in fio's client/server"
                    + " mode; jfio has no client/server mode."),
            Map.entry("flow_watermark", "deprecated: fio 3.33 ignores it with a warning, and so does jfio."),
            Map.entry("verifysort", "deprecated: fio 3.33 ignores it with a warning, and so does jfio."),
            Map.entry("verifysort_nr", "deprecated: fio 3.33 ignores it with a warning, and so does jfio."),
            Map.entry("percentage_sequential", "deprecated: fio 3.33 warns and then fails the job, and so does"
                    + " jfio."),
            Map.entry("rwmixcycle", "deprecated: fio 3.33 warns and then fails the job, and so does jfio.")));

    private OptionNotes() {
    }

    private static Map<String, String> withProfileOptions(Map<String, String> notes) {
        Map<String, String> all = new HashMap<>(notes);
        PROFILE_OPTIONS.forEach((profile, options) -> options.forEach(option -> all.put(option, "an option of fio's "
                + profile + " profile: fio accepts it in any job and uses it only when profile=" + profile
                + ", which jfio does not run.")));
        return Map.copyOf(all);
    }

    /** jfio's note on the option called {@code name} (canonical name), if it has one. */
    public static Optional<String> of(String name) {
        return Optional.ofNullable(NOTES.get(name));
    }
}
